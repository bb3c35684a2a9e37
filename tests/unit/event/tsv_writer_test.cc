// The TSV form: header, column count, escaping, empty fields for absent values.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/sink.h"

namespace dyad {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

TEST(TsvWriter, HeaderColumns) {
  EXPECT_EQ(tsv_header(),
            "id\tstory_id\tsentence\tdate\tdate_precision\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\t"
            "modality\tnegated\tmentions\tsource_text\ttarget_text\tverb_text\tlocation_name\tlocation_country\t"
            "issues\trules");
}

TEST(TsvWriter, FullRow) {
  Event e;
  e.id = make_event_id("s1", 2, 0);
  e.story_id = "s1";
  e.sentence = 2;
  e.date = Date{2019, 11, 11};
  e.date_precision = DatePrecision::kWeek;
  e.source = "CHNGOV";
  e.target = "KORGOV";
  e.code = "041";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.modality = Modality::kIntended;
  e.mentions = 2;
  e.source_actor = ActorMention{"Wang Yi", TextBase::kText, Span{0, 7}, std::nullopt};
  e.verb_text = "phoned";
  e.location = Location{"Gyeongju", "KOR", "", std::nullopt, std::nullopt, "text", false};
  e.issues = {"TRADE", "SECURITY"};
  e.rules = {"verbs.txt:120"};
  std::vector<std::string> f = split_tabs(event_to_tsv(e));
  const std::vector<std::string> expected = {
      "s1:2:0", "s1",     "2",     "2019-11-11", "week",   "CHNGOV",   "KORGOV",
      "041",    "04",     "1",     "1.0",        "intended", "false",  "2",
      "Wang Yi", "",      "phoned", "Gyeongju",  "KOR",    "TRADE;SECURITY", "verbs.txt:120"};
  EXPECT_EQ(f, expected);
}

TEST(TsvWriter, AbsentValuesAreEmptyAndColumnCountFixed) {
  Event e;
  std::string row = event_to_tsv(e);
  std::vector<std::string> f = split_tabs(row);
  ASSERT_EQ(f.size(), split_tabs(tsv_header()).size());
  EXPECT_EQ(f[3], "");          // date
  EXPECT_EQ(f[4], "unknown");   // date_precision
  EXPECT_EQ(f[9], "");          // quad_class
  EXPECT_EQ(f[10], "");         // goldstein
  EXPECT_EQ(f[14], "");         // source_text
  EXPECT_EQ(f[17], "");         // location_name
}

TEST(TsvWriter, EscapesTabsNewlinesBackslashes) {
  Event e;
  e.verb_text = "a\tb\nc\\d\re";
  std::string row = event_to_tsv(e);
  EXPECT_EQ(row.find('\n'), std::string::npos);
  std::vector<std::string> f = split_tabs(row);
  ASSERT_EQ(f.size(), 21u);
  EXPECT_EQ(f[16], "a\\tb\\nc\\\\d\\re");
}

TEST(TsvWriter, ListItemsEscapeSeparator) {
  Event e;
  e.rules = {"a;b.txt:1", "c.txt:2"};
  std::vector<std::string> f = split_tabs(event_to_tsv(e));
  EXPECT_EQ(f[20], "a\\;b.txt:1;c.txt:2");
}

TEST(TsvWriter, InvalidUtf8Replaced) {
  Event e;
  e.verb_text = "x\xFFy é";
  std::vector<std::string> f = split_tabs(event_to_tsv(e));
  EXPECT_EQ(f[16], "x\xEF\xBF\xBDy é");
}

}  // namespace
}  // namespace dyad
