// Export formats: column counts, quad conventions, FIPS codes, PLOVER
// mapping (roots 01 and 02 left out), CSV quoting.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "dyad/store.h"

namespace dyad {
namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

ExportContext context() {
  ExportContext c;
  auto cb = EventCodebook::load(DYAD_SOURCE_DIR "/dict/dyad/cameo.txt");
  EXPECT_TRUE(cb.ok()) << cb.status().to_string();
  if (cb.ok()) c.codebook = std::make_shared<const EventCodebook>(std::move(*cb));
  auto ct = CountryTable::load(DYAD_SOURCE_DIR "/data/fips10-4.tsv");
  EXPECT_TRUE(ct.ok()) << ct.status().to_string();
  if (ct.ok()) c.countries = std::make_shared<const CountryTable>(std::move(*ct));
  return c;
}

StoredEvent sample(const std::string& code, const std::string& src = "CHNGOVMIL", const std::string& tgt = "CAN") {
  StoredEvent se;
  se.row_id = 7;
  Event& e = se.event;
  e.id = "st:0:0";
  e.story_id = "st";
  e.date = Date{2025, 10, 31};
  e.source = src;
  e.target = tgt;
  e.source_actor = ActorMention{"Xi", TextBase::kText, Span{10, 12}, std::nullopt};
  e.code = code;
  e.root = code.substr(0, 2);
  e.codebook = "cameo";
  e.quad_class = EventCodebook::quad_for_root(code);
  e.goldstein = 1.0;
  e.verb_text = "met";
  e.location = Location{"Gyeongju", "KOR", "North Gyeongsang", 35.85, 129.22, "dateline", false};
  e.evidence = {Evidence{0, TextBase::kText, {Span{10, 12}, Span{13, 16}, Span{17, 23}}}};
  e.coder_version = "0.1.0";
  se.num_mentions = 3;
  se.num_sources = 2;
  se.num_articles = 3;
  se.story_ids = {"st", "st2"};
  se.urls = {"https://x.org/a"};
  se.sources = {"Reuters"};
  return se;
}

std::string run(const std::string& format, const std::vector<StoredEvent>& events) {
  std::ostringstream out;
  auto ex = make_exporter(format, out, context());
  EXPECT_TRUE(ex.ok());
  for (const auto& e : events) EXPECT_TRUE((*ex)->write(e).ok());
  EXPECT_TRUE((*ex)->finish().ok());
  return out.str();
}

TEST(CountryTable, BundledTableMapsIsoToFips) {
  auto ct = CountryTable::load(DYAD_SOURCE_DIR "/data/fips10-4.tsv");
  ASSERT_TRUE(ct.ok()) << ct.status().to_string();
  EXPECT_GT(ct->size(), 240u);
  EXPECT_EQ(ct->fips("CHN"), "CH");
  EXPECT_EQ(ct->fips("DEU"), "GM");
  EXPECT_EQ(ct->fips("KOR"), "KS");
  EXPECT_EQ(ct->fips("GBR"), "UK");
  EXPECT_EQ(ct->fips("ROM"), "RO");   // CAMEO alias
  EXPECT_EQ(ct->fips("XXX"), "");
  EXPECT_FALSE(CountryTable::parse("AAA\tBB\n", "x.tsv").ok());   // names file and line
  EXPECT_EQ(CountryTable::parse("AAA\tBB\n", "x.tsv").status().where().line, 1u);
}

TEST(Export, PhoenixHas26ColumnsAndItsQuads) {
  std::string out = run("phoenix", {sample("040"), sample("161"), sample("010")});
  auto lines = split(out, '\n');
  ASSERT_EQ(lines.size(), 4u);   // three rows and the empty string after the last newline
  auto f = split(lines[0], '\t');
  ASSERT_EQ(f.size(), 26u);
  EXPECT_EQ(f[1], "20251031");
  EXPECT_EQ(f[5], "CHNGOVMIL");
  EXPECT_EQ(f[6], "CHN");
  EXPECT_EQ(f[7], "GOV");
  EXPECT_EQ(f[8], "MIL;");
  EXPECT_EQ(f[13], "040");
  EXPECT_EQ(f[15], "1");
  EXPECT_EQ(f[22], "South Korea");
  EXPECT_EQ(f[23], "st;st2");
  EXPECT_EQ(split(lines[1], '\t')[15], "3");   // root 16: Phoenix puts it in verbal conflict
  EXPECT_EQ(split(lines[2], '\t')[15], "0");   // root 01: Phoenix quad 0
}

TEST(Export, GdeltHas61ColumnsWithFipsAndCounts) {
  std::string out = run("gdelt", {sample("040")});
  auto f = split(split(out, '\n')[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[0], "7");
  EXPECT_EQ(f[1], "20251031");
  EXPECT_EQ(f[2], "202510");
  EXPECT_EQ(f[5], "CHNGOVMIL");
  EXPECT_EQ(f[7], "CHN");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[13], "MIL");
  EXPECT_EQ(f[26], "040");
  EXPECT_EQ(f[27], "040");
  EXPECT_EQ(f[28], "04");
  EXPECT_EQ(f[29], "1");
  EXPECT_EQ(f[31], "3");
  EXPECT_EQ(f[32], "2");
  EXPECT_EQ(f[33], "3");
  EXPECT_EQ(f[37], "CH");   // Actor1Geo_CountryCode, FIPS
  EXPECT_EQ(f[45], "CA");
  EXPECT_EQ(f[51], "4");    // world city
  EXPECT_EQ(f[52], "Gyeongju, North Gyeongsang, South Korea");
  EXPECT_EQ(f[53], "KS");
  EXPECT_EQ(f[60], "https://x.org/a");
}

TEST(Export, PloverMapsTypesAndLeavesOutRoots01And02) {
  std::string out = run("plover", {sample("042"), sample("010"), sample("020"), sample("190")});
  auto lines = split(out, '\n');
  ASSERT_EQ(lines.size(), 3u);   // 042 and 190 only
  EXPECT_NE(lines[0].find("\"event\":[\"CONSULT\"]"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"quad_code\":1"), std::string::npos);
  EXPECT_NE(lines[1].find("\"event\":[\"ASSAULT\"]"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("\"quad_code\":4"), std::string::npos);
}

TEST(Export, CsvQuotesCodes) {
  StoredEvent e = sample("040");
  e.event.verb_text = "said \"yes\", then met";
  std::string out = run("csv", {e});
  auto lines = split(out, '\n');
  EXPECT_EQ(lines[0].substr(0, 20), "id,story_id,sentence");
  EXPECT_NE(lines[1].find(",\"040\",\"04\","), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("\"said \"\"yes\"\", then met\""), std::string::npos);
}

TEST(Export, SinksShareTheFormats) {
  for (auto name : export_format_names()) {
    std::ostringstream out;
    auto sink = make_export_sink(name, out);
    ASSERT_TRUE(sink.ok()) << name;
  }
  std::ostringstream out;
  EXPECT_FALSE(make_export_sink("nope", out).ok());
}

TEST(Export, PhoenixQuadConvention) {
  EXPECT_EQ(phoenix_quad("010"), 0);
  EXPECT_EQ(phoenix_quad("0231"), 0);
  EXPECT_EQ(phoenix_quad("163"), 3);
  EXPECT_EQ(phoenix_quad("190"), 4);
  EXPECT_EQ(phoenix_quad("057"), 1);
  EXPECT_FALSE(phoenix_quad("99").has_value());
}

}  // namespace
}  // namespace dyad
