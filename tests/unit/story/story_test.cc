// Story-level reasoning (issue 5): dates, places, coreference and the
// within-story merge, on sentences written for these tests and on real corpus
// sentences referenced by tests/fixtures/story_cases.tsv (read from
// ../shared/corpora at run time; skipped when absent).
#include "dyad/story_reasoning.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/coder.h"
#include "bundled_env.h"

namespace dyad {
namespace {

using testing_support::env;

Story make_story(const std::string& text, const char* date = "2025-11-11") {
  Story s;
  s.id = "t";
  s.date = Date::parse_iso(date);
  s.text = text;
  s.body.push_back({0, static_cast<uint32_t>(text.size())});
  return s;
}

// The sentence of `story` (analysed into *keep) from the token at byte `from`.
std::optional<Sentence> sentence_from(const AnalyzedStory& a, uint32_t from) {
  for (const Sentence& s : a.sentences) {
    if (from < s.span.begin || from >= s.span.end) continue;
    Sentence part = s;
    part.tokens.clear();
    for (const Token& t : s.tokens)
      if (t.span.begin >= from) part.tokens.push_back(t);
    return part;
  }
  return std::nullopt;
}

std::optional<DateMention> date_of(const std::string& text, const char* story_date = "2025-11-11") {
  // (story_date is the story's date)
  Story st = make_story(text, story_date);
  AnalyzedStory a = env().fe->analyze(st, false);
  if (a.sentences.empty()) return std::nullopt;
  return find_date(a.sentences[0], st.text, *st.date);
}

std::optional<Location> place_of(const std::string& text, std::vector<std::string> context = {}) {
  Story st = make_story(text);
  AnalyzedStory a = env().fe->analyze(st, false);
  if (a.sentences.empty()) return std::nullopt;
  return find_place(a.sentences[0], st.text, *env().dict, env().gaz.get(), context);
}

std::vector<Event> code(const std::string& text, const char* date = "2025-11-11") {
  Coder coder(env().fe, env().dict, env().codebook, CoderOptions{});
  return coder.code(make_story(text, date));
}

// ------------------------------------------------------------------ dates

TEST(StoryDates, ExactPhrases) {
  REQUIRE_ENV();
  struct Case { const char* text; const char* date; DatePrecision p; const char* phrase; };
  const Case cases[] = {
      {"The minister spoke on Tuesday.", "2025-11-11", DatePrecision::kDay, "on Tuesday"},
      {"The minister spoke on Monday.", "2025-11-10", DatePrecision::kDay, "on Monday"},
      {"The minister spoke on Sunday.", "2025-11-09", DatePrecision::kDay, "on Sunday"},
      {"The minister spoke yesterday.", "2025-11-10", DatePrecision::kDay, "yesterday"},
      {"The minister spoke on Nov. 3.", "2025-11-03", DatePrecision::kDay, "on Nov. 3"},
      {"The minister spoke on January 28.", "2025-01-28", DatePrecision::kDay, "on January 28"},
      {"The minister spoke three days ago.", "2025-11-08", DatePrecision::kDay, "three days ago"},
      {"The minister spoke last week.", "2025-11-04", DatePrecision::kWeek, "last week"},
      {"The minister spoke earlier this month.", "2025-11-06", DatePrecision::kMonth, "earlier this month"},
  };
  for (const Case& c : cases) {
    auto d = date_of(c.text);
    ASSERT_TRUE(d) << c.text;
    EXPECT_EQ(d->date.iso(), c.date) << c.text;
    EXPECT_EQ(d->precision, c.p) << c.text;
    EXPECT_EQ(d->phrase, c.phrase) << c.text;
  }
}

TEST(StoryDates, VaguePhrasesAreNeverDayPrecise) {
  REQUIRE_ENV();
  auto last_year = date_of("The minister spoke on December 28.", "2026-01-05");
  ASSERT_TRUE(last_year);
  EXPECT_EQ(last_year->date.iso(), "2025-12-28");
  auto a = date_of("Wang said that not long ago, the two leaders held a meeting.");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->precision, DatePrecision::kVague);
  EXPECT_EQ(a->phrase, "not long ago");
  EXPECT_LT(a->date.iso(), "2025-11-11");
  auto b = date_of("Anand said that just over a week ago, the two leaders held a meeting.");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->precision, DatePrecision::kApprox);
  EXPECT_EQ(b->phrase, "just over a week ago");
  EXPECT_EQ(b->date.iso(), "2025-11-03");
  auto c = date_of("The two sides met recently.");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->precision, DatePrecision::kVague);
  EXPECT_FALSE(date_of("The two sides met in Geneva."));
}

// ------------------------------------------------------------------ places

TEST(StoryPlaces, CityWithCountryQualifier) {
  REQUIRE_ENV();
  if (env().gaz->size() == 0) GTEST_SKIP() << "gazetteer not built (scripts/build-gazetteer.sh)";
  auto l = place_of("The leaders met in Gyeongju, South Korea.");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Gyeongju");
  EXPECT_EQ(l->country, "KOR");
  EXPECT_EQ(l->source, "text");
  EXPECT_TRUE(l->lat.has_value());
  EXPECT_FALSE(l->ambiguous);
}

TEST(StoryPlaces, AmbiguousNamesByContext) {
  REQUIRE_ENV();
  if (env().gaz->size() == 0) GTEST_SKIP() << "gazetteer not built";
  auto texas = place_of("The rally was held in Paris, Texas.");
  ASSERT_TRUE(texas);
  EXPECT_EQ(texas->country, "USA");
  EXPECT_EQ(texas->admin1, "Texas");
  auto france = place_of("The talks were held in Paris.", {"FRA", "DEU"});
  ASSERT_TRUE(france);
  EXPECT_EQ(france->country, "FRA");
  EXPECT_TRUE(france->ambiguous);
  auto usa = place_of("The talks were held in Paris.", {"USA"});
  ASSERT_TRUE(usa);
  EXPECT_EQ(usa->country, "USA");
  // The capital of a country the story is about beats the order of its countries.
  auto capital = place_of("The ministers met in Washington.", {"GBR", "USA"});
  ASSERT_TRUE(capital);
  EXPECT_EQ(capital->country, "USA");
  auto country = place_of("The ministers met in South Korea.");
  ASSERT_TRUE(country);
  EXPECT_EQ(country->country, "KOR");
  EXPECT_FALSE(place_of("He spoke in Canada-China relations terms."));
  EXPECT_FALSE(place_of("The ministers met in November."));
}

TEST(StoryPlaces, DatelineIsTheFallback) {
  REQUIRE_ENV();
  Story st = make_story("Chinese Foreign Minister Wang Yi on Tuesday phoned Canadian Foreign Minister Anita Anand.");
  st.dateline = Dateline{};
  st.dateline->place = "BEIJING";
  auto l = dateline_place(st, *env().dict, env().gaz.get());
  ASSERT_TRUE(l);
  EXPECT_EQ(l->country, "CHN");
  EXPECT_EQ(l->source, "dateline");
}

// ------------------------------------------------------------------ coreference and actors

const Event* find_event(const std::vector<Event>& ev, const std::string& src, const std::string& tgt) {
  for (const Event& e : ev)
    if (e.source == src && e.target == tgt) return &e;
  return nullptr;
}

TEST(StoryCoref, SurnameRefersToTheFullName) {
  REQUIRE_ENV();
  std::string text =
      "Chinese Foreign Minister Wang Yi arrived in Ottawa on Monday. "
      "Wang criticized Russian President Vladimir Putin on Tuesday.";
  auto ev = code(text);
  const Event* e = find_event(ev, "CHNGOV", "RUSGOV");
  ASSERT_TRUE(e) << ev.size();
  ASSERT_TRUE(e->source_actor);
  EXPECT_EQ(e->source_actor->text, "Wang");
  ASSERT_TRUE(e->source_actor->antecedent);
  EXPECT_EQ(text.substr(e->source_actor->antecedent->begin, e->source_actor->antecedent->size()),
            "Chinese Foreign Minister Wang Yi");
}

TEST(StoryCoref, PronounsByGender) {
  REQUIRE_ENV();
  auto ev = code(
      "Canadian Foreign Minister Anita Anand arrived on Monday. "
      "She criticized Russian President Vladimir Putin.");
  const Event* e = find_event(ev, "CANGOV", "RUSGOV");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source_actor->text, "She");
  EXPECT_TRUE(e->source_actor->antecedent.has_value());
}

TEST(StoryCoref, TheTwoLeadersAreThePair) {
  REQUIRE_ENV();
  auto ev = code(
      "President Xi Jinping and Prime Minister Mark Carney spoke briefly. "
      "The two leaders held a productive meeting on Friday.");
  ASSERT_TRUE(find_event(ev, "CHNGOV", "CANGOV"));
  ASSERT_TRUE(find_event(ev, "CANGOV", "CHNGOV"));
  const Event* e = find_event(ev, "CHNGOV", "CANGOV");
  EXPECT_EQ(e->root, "04");
  EXPECT_EQ(e->date->iso(), "2025-11-07");
}

TEST(StoryActors, RolePhraseInferenceForUnknownNames) {
  REQUIRE_ENV();
  auto ev = code("Kenyan opposition leader Zorbo Quillan criticized Ugandan President Yoweri Museveni.");
  EXPECT_TRUE(find_event(ev, "KENOPP", "UGAGOV")) << (ev.empty() ? "" : ev[0].source + ">" + ev[0].target);
  auto ev2 = code(
      "Canadian Foreign Minister Zelda Quorran arrived on Monday. "
      "Quorran criticized Russian President Vladimir Putin.");
  EXPECT_TRUE(find_event(ev2, "CANGOV", "RUSGOV"));
}

TEST(StoryActors, TheCanadianSideAndLocatives) {
  REQUIRE_ENV();
  auto ev = code("Chinese Foreign Minister Wang Yi criticized the Canadian side in Beijing.");
  const Event* e = find_event(ev, "CHNGOV", "CAN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->target_actor->text, "Canadian side");
  EXPECT_FALSE(find_event(ev, "CHNGOV", "CHN"));
}

// ------------------------------------------------------------------ merge, speech, issues

TEST(StoryMerge, TwoReportsOfOneMeetingAreOneEvent) {
  REQUIRE_ENV();
  auto ev = code(
      "Wang said that not long ago, President Xi Jinping and Prime Minister Mark Carney held a pivotal meeting in "
      "Gyeongju, South Korea. Anand said that just over a week ago, the two leaders held a productive meeting in "
      "Gyeongju.");
  int n = 0;
  for (const Event& e : ev) {
    if (e.source != "CHNGOV" || e.target != "CANGOV") continue;
    ++n;
    EXPECT_EQ(e.mentions, 2);
    EXPECT_EQ(e.evidence.size(), 2u);
    EXPECT_EQ(e.date_precision, DatePrecision::kApprox);
    EXPECT_EQ(e.modality, Modality::kReported);
    EXPECT_EQ(e.code, "044");   // a third location: KOR (the gazetteer is built with dyad)
  }
  EXPECT_EQ(n, 1);
}

TEST(StoryMerge, DifferentDaysStayApart) {
  std::vector<Event> ev(2);
  for (Event& e : ev) {
    e.source = "USAGOV";
    e.target = "FRAGOV";
    e.code = "040";
    e.root = "04";
    e.date_precision = DatePrecision::kDay;
  }
  ev[0].date = Date{2025, 11, 3};
  ev[1].date = Date{2025, 11, 5};
  merge_story_events(&ev);
  EXPECT_EQ(ev.size(), 2u);
  ev[1].date = Date{2025, 11, 3};
  ev[1].code = "042";
  ev[1].target = "FRA";
  merge_story_events(&ev);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].target, "FRAGOV");
  EXPECT_EQ(ev[0].mentions, 2);
}

TEST(StoryIssues, TagsFromTheIssuesDictionary) {
  REQUIRE_ENV();
  auto ev = code("Canada is willing to enhance dialogue with China in areas such as trade, drug control and energy.");
  const Event* e = find_event(ev, "CAN", "CHN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->issues, (std::vector<std::string>{"DRUGS", "ENERGY", "TRADE"}));
}

// ------------------------------------------------------------------ corpus cases

std::map<std::string, nlohmann::json> read_corpus(const std::string& path, const std::set<std::string>& ids) {
  std::map<std::string, nlohmann::json> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  std::string line;
  char buf[1 << 16];
  while (gzgets(f, buf, sizeof buf)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (!j.is_object()) continue;
    std::string id = j.value("id", "");
    if (ids.count(id)) out[id] = std::move(j);
  }
  gzclose(f);
  return out;
}

TEST(StoryCorpus, DatesAndPlacesFromRealSentences) {
  REQUIRE_ENV();
  std::string shared = std::string(DYAD_SOURCE_DIR) + "/../shared/corpora/";
  if (!std::filesystem::exists(shared)) GTEST_SKIP() << "../shared/corpora is absent";
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/fixtures/story_cases.tsv");
  ASSERT_TRUE(in);
  struct Case { std::string corpus, id; uint32_t b, e; std::string kind, expected; };
  std::vector<Case> cases;
  std::set<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    Case c;
    std::string b, e;
    std::getline(ss, c.corpus, '\t');
    std::getline(ss, c.id, '\t');
    std::getline(ss, b, '\t');
    std::getline(ss, e, '\t');
    std::getline(ss, c.kind, '\t');
    std::getline(ss, c.expected);
    c.b = static_cast<uint32_t>(std::stoul(b));
    c.e = static_cast<uint32_t>(std::stoul(e));
    cases.push_back(c);
    ids.insert(c.id);
  }
  ASSERT_GE(cases.size(), 60u);
  auto stories = read_corpus(shared + "statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz", ids);
  int passed = 0;
  for (const Case& c : cases) {
    ASSERT_TRUE(stories.count(c.id)) << c.id;
    const auto& j = stories[c.id];
    Story st = make_story(j["text"].get<std::string>(), j["date"].get<std::string>().c_str());
    AnalyzedStory a = env().fe->analyze(st, false);
    auto s = sentence_from(a, c.b);
    ASSERT_TRUE(s) << c.id << " " << c.b;
    std::string got;
    if (c.kind == "date") {
      auto d = find_date(*s, st.text, *st.date);
      if (d) got = d->date.iso() + " " + date_precision_name(d->precision);
    } else if (env().gaz->size() > 0) {
      auto p = find_place(*s, st.text, *env().dict, env().gaz.get(), {});
      if (p) got = p->name + " " + p->country;
    } else {
      continue;
    }
    if (got != c.expected)
      std::cout << "miss " << c.id << " [" << c.b << "," << c.e << ") " << st.text.substr(c.b, c.e - c.b)
                << ": got '" << got << "', want '" << c.expected << "'\n";
    passed += got == c.expected;
  }
  std::cout << "story corpus cases: " << passed << "/" << cases.size() << " passed\n";
  // Floor: 61/68 (89.7%) when the cases were added; 72/72 after past periods ("in March",
  // "in 2020"), day ranges ("June 1-2"), city metonyms after "in" and list qualifiers. It only ever rises.
  EXPECT_GE(passed * 1000, cases.size() * 985u) << passed << "/" << cases.size();
}

}  // namespace
}  // namespace dyad
