// open_inputs over files and folders, format detection, sequence numbers.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class OpenInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_io_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& rel, std::string_view bytes) {
    std::ofstream(dir_ / rel, std::ios::binary) << bytes;
  }
  void write_gz(const std::string& rel, std::string_view bytes) {
    gzFile f = gzopen((dir_ / rel).c_str(), "wb");
    ASSERT_NE(f, nullptr);
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
  }
  std::vector<ReadItem> read_all(const std::vector<std::string>& inputs, InputOptions opt = {}) {
    auto r = open_inputs(inputs, opt);
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    std::vector<ReadItem> out;
    if (!r.ok()) return out;
    ReadItem item;
    while ((*r)->next(&item)) out.push_back(std::move(item));
    return out;
  }

  fs::path dir_;
};

TEST_F(OpenInputsTest, FolderIsReadRecursivelyInSortedOrderAcrossFormats) {
  write("b.jsonl", R"({"id":"j1","text":"one"})" "\n" R"({"id":"j2","text":"two"})" "\n");
  write("a-story.txt", "PARIS, May 2 (AFP) -- Text.");
  write("sub/c.xml", "<Sentence id=\"x1\" date=\"20200101\"><Text>t</Text></Sentence>");
  write("sub/d.text", "950101 T1\nTabari text.\n");
  write_gz("sub/e.jsonl.gz", R"({"id":"g1","text":"zipped"})" "\n");
  write("notes.pdf", "%PDF");
  auto items = read_all({dir_.string()});
  ASSERT_EQ(items.size(), 6u);
  std::vector<std::string> ids;
  for (size_t i = 0; i < items.size(); ++i) {
    ASSERT_TRUE(items[i].story) << items[i].error->reason;
    EXPECT_EQ(items[i].seq, i);
    ids.push_back(items[i].story->id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a-story", "j1", "j2", "x1", "T1", "g1"}));
  ASSERT_EQ(items[0].notes.size(), 1u);  // the skipped file, reported once
  EXPECT_NE(items[0].notes[0].find("notes.pdf"), std::string::npos);
  EXPECT_TRUE(items[1].notes.empty());
  EXPECT_EQ(items[5].story->origin, (dir_ / "sub/e.jsonl.gz").string());
}

TEST_F(OpenInputsTest, SequenceNumbersContinueAcrossInputs) {
  write("1.jsonl", R"({"id":"a","text":"x"})" "\n");
  write("2.jsonl", R"({"id":"b","text":"x"})" "\n" R"({"id":"c","text":"x"})" "\n");
  auto items = read_all({(dir_ / "2.jsonl").string(), (dir_ / "1.jsonl").string()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].story->id, "b");  // argument order is kept
  EXPECT_EQ(items[2].story->id, "a");
  EXPECT_EQ(items[2].seq, 2u);
}

TEST_F(OpenInputsTest, TxtWithTabariHeaderIsTabari) {
  write("records.txt", "# comment\n\n950101 R1\nFirst.\n\n950102 R2\nSecond.\n");
  auto items = read_all({(dir_ / "records.txt").string()});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].story->id, "R2");
}

TEST_F(OpenInputsTest, CorruptGzipIsAnErrorAndOtherFilesAreRead) {
  std::string good = R"({"id":"ok","text":"x"})" "\n";
  write_gz("a.jsonl.gz", good + good + good);
  std::ifstream in(dir_ / "a.jsonl.gz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  write("a.jsonl.gz", bytes.substr(0, bytes.size() - 12));  // truncate the stream
  write("b.jsonl", good);
  auto items = read_all({dir_.string()});
  ASSERT_FALSE(items.empty());
  EXPECT_TRUE(items.back().story);
  EXPECT_EQ(items.back().story->origin, (dir_ / "b.jsonl").string());
  bool saw_error = false;
  for (const auto& it : items) saw_error |= it.error.has_value();
  EXPECT_TRUE(saw_error);
}

TEST_F(OpenInputsTest, MissingPathIsNotFound) {
  auto r = open_inputs({(dir_ / "nope.txt").string()}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
}

TEST_F(OpenInputsTest, FolderWithoutStoriesSaysSo) {
  write("x.pdf", "%PDF");
  auto items = read_all({dir_.string()});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].notes.size(), 1u);
}

TEST_F(OpenInputsTest, ExplicitFormatOverridesExtension) {
  write("data.dat", R"({"id":"a","text":"x"})" "\n");
  InputOptions opt;
  opt.format = InputFormat::kJsonl;
  auto items = read_all({(dir_ / "data.dat").string()}, opt);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].story->id, "a");
}

TEST(FormatSniffing, ByContentWhenNoExtension) {
  EXPECT_EQ(read_buffer(R"({"id":"a","text":"x"})", "-", InputFormat::kAuto, {})[0].story->id, "a");
  auto xml = read_buffer("\n<Sentences>\n<Sentence id=\"s\" date=\"20200101\"><Text>t</Text></Sentence>",
                         "-", InputFormat::kAuto, {});
  EXPECT_EQ(xml[0].story->id, "s");
  auto tab = read_buffer("20200101 T-1\nText.\n", "-", InputFormat::kAuto, {});
  EXPECT_EQ(tab[0].story->id, "T-1");
  auto text = read_buffer("BEIJING, Nov. 11 (Xinhua) -- Text.", "-", InputFormat::kAuto, {});
  ASSERT_TRUE(text[0].story);
  EXPECT_TRUE(text[0].story->dateline);
}

TEST(FormatNames, RoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl,
                        InputFormat::kPetrarchXml, InputFormat::kTabari})
    EXPECT_EQ(parse_input_format(input_format_name(f)), f);
  EXPECT_FALSE(parse_input_format("pdf"));
}

}  // namespace
}  // namespace dyad
