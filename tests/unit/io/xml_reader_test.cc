// PETRARCH XML records: lenient attributes, comments, entities, bad records.
#include <gtest/gtest.h>

#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

std::vector<ReadItem> read(std::string_view bytes, InputOptions opt = {}) {
  return read_buffer(bytes, "r.xml", InputFormat::kPetrarchXml, opt);
}

constexpr std::string_view kRecords = R"(<Validation>
<!-- Use <Sentence ... evaluate="false"> to bypass a case -->
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties   with
Gondor &amp; Rohan.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)))) </Parse>
</Sentence>
<Sentence category = 'X' id = 'DEMO-02' date = '20150805' source="AFP">
<Text>Tom &lt;b&gt; &quot;q&quot; &apos;a&apos; &#233;t&#xE9;</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(XmlReader, ReadsEverySentence) {
  auto items = read(kRecords);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].story);
  ASSERT_TRUE(items[1].story);
  EXPECT_EQ(items[0].story->id, "DEMO-01");
  EXPECT_EQ(items[1].story->id, "DEMO-02");
  EXPECT_EQ(items[0].seq, 0u);
  EXPECT_EQ(items[1].seq, 1u);
}

TEST(XmlReader, TextIsDecodedTrimmedAndWhitespaceCollapsed) {
  auto items = read(kRecords);
  const Story& s = *items[0].story;
  EXPECT_EQ(s.text, "Arnor is about to restore ties with Gondor & Rohan.");
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(s.body[0], (Span{0, static_cast<uint32_t>(s.text.size())}));
  EXPECT_EQ(s.line, 4u);
}

TEST(XmlReader, EntitiesAndLenientAttributes) {
  auto items = read(kRecords);
  const Story& s = *items[1].story;
  EXPECT_EQ(s.text, "Tom <b> \"q\" 'a' \xC3\xA9t\xC3\xA9");
  EXPECT_EQ(s.date->iso(), "2015-08-05");
  EXPECT_EQ(s.source, "AFP");
  EXPECT_EQ(s.extra_json, R"({"category":"X"})");
  EXPECT_EQ(items[0].story->extra_json, R"({"category":"DEMO","sentence":"true"})");
}

TEST(XmlReader, MissingOrBadDateKeepsRecordUndatedWithWarning) {
  auto items = read("<Sentence id=\"a\"><Text>x</Text></Sentence>\n"
                    "<Sentence id=\"b\" date=\"1995XX01\"><Text>y</Text></Sentence>\n");
  ASSERT_EQ(items.size(), 2u);
  for (const auto& it : items) {
    ASSERT_TRUE(it.story);
    EXPECT_FALSE(it.story->date);
    EXPECT_FALSE(it.story->warnings.empty());
  }
  EXPECT_NE(items[1].story->warnings[0].find("1995XX01"), std::string::npos);
}

TEST(XmlReader, DuplicateIdsGetSuffix) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Text>x</Text></Sentence>"
                    "<Sentence id=\"a\" date=\"19950101\"><Text>y</Text></Sentence>");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].story->id, "a");
  EXPECT_EQ(items[1].story->id, "a#2");
  EXPECT_FALSE(items[1].story->warnings.empty());
}

TEST(XmlReader, MissingIdGetsContentHash) {
  auto items = read("<Sentence date=\"19950101\"><Text>x</Text></Sentence>");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->id.rfind("fnv-", 0), 0u);
}

TEST(XmlReader, RecordWithoutTextIsAnErrorOthersSurvive) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Parse>()</Parse></Sentence>\n"
                    "<Sentence id=\"b\" date=\"19950101\"><Text>ok</Text></Sentence>");
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->record_id, "a");
  EXPECT_EQ(items[0].error->line, 1u);
  EXPECT_EQ(items[0].error->file, "r.xml");
  ASSERT_TRUE(items[1].story);
  EXPECT_EQ(items[1].story->line, 2u);
}

TEST(XmlReader, UnterminatedRecordIsAnErrorNextRecordRead) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Text>cut\n"
                    "<Sentence id=\"b\" date=\"19950101\"><Text>ok</Text></Sentence>");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].error);
  ASSERT_TRUE(items[1].story);
  EXPECT_EQ(items[1].story->text, "ok");
}

TEST(XmlReader, InvalidUtf8InTextIsAnError) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Text>bad \xC0\xAF</Text></Sentence>"
                    "<Sentence id=\"b\" date=\"19950101\"><Text>ok</Text></Sentence>");
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("UTF-8"), std::string::npos);
  EXPECT_TRUE(items[1].story);
}

TEST(XmlReader, UnknownEntitiesStayAsWritten) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Text>AT&amp;T &nbsp; &#0; &#xD800; &</Text></Sentence>");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->text, "AT&T &nbsp; &#0; &#xD800; &");
}

TEST(XmlReader, FileWithoutRecordsIsAnError) {
  auto items = read("<Sentences></Sentences>");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("no <Sentence>"), std::string::npos);
}

TEST(XmlReader, UnterminatedCommentEndsTheScanSafely) {
  auto items = read("<Sentence id=\"a\" date=\"19950101\"><Text>x</Text></Sentence><!-- never closed <Sentence id=\"b\">");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].story);
}

}  // namespace
}  // namespace dyad
