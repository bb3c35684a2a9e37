// Event dates and places from the words of a sentence (include/dyad/story_reasoning.h).
//
// Dates: relative phrases resolve against the story date. Exact ones ("on
// Tuesday", "yesterday", "on Nov. 3") get precision day; "last week" week;
// "earlier this month" month; counted ones ("just over a week ago") approx;
// open ones ("not long ago", "recently") vague -- a best estimate, never the
// story date passed off as a day.
// Places: a capitalised name after in/at/near, looked up in the dictionary's
// countries and the gazetteer; a ", Country" or ", State" qualifier, then the
// story's countries decide between namesakes ("Paris", "Georgia").
#include <algorithm>
#include <array>
#include <cstdlib>

#include "dyad/story_reasoning.h"

namespace dyad {
namespace {

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};

int weekday_of(std::string_view w) {
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (w == kWeekdays[i]) return static_cast<int>(i);
  return -1;
}

int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (size_t i = 0; i < 12; ++i)
    if (w == kFull[i] || w == kShort[i] || (i == 8 && w == "sept")) return static_cast<int>(i) + 1;
  return 0;
}

int small_number(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kWords = {"zero", "one", "two", "three", "four", "five",
                                                              "six", "seven", "eight", "nine", "ten"};
  for (size_t i = 0; i < kWords.size(); ++i)
    if (w == kWords[i]) return static_cast<int>(i);
  if (w == "a" || w == "an") return 1;
  if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::atoi(std::string(w).c_str());
  return -1;
}

Date shift(const Date& d, int64_t days) { return Date::from_days(d.days_since_epoch() + days); }

struct Found {
  uint32_t begin, end;   // tokens
  Date date;
  DatePrecision precision;
};

const std::string& norm_at(const std::vector<Token>& t, size_t i) {
  static const std::string kEmpty;
  return i < t.size() ? t[i].norm : kEmpty;
}

// Counted phrases ending in "ago": "(just) over a week ago", "three days ago".
std::optional<Found> ago_phrase(const std::vector<Token>& t, uint32_t ago, const Date& story) {
  if (ago == 0) return std::nullopt;
  uint32_t unit = ago - 1;
  const std::string& u = t[unit].norm;
  int unit_days = 0;
  if (u == "day" || u == "days") unit_days = 1;
  else if (u == "week" || u == "weeks") unit_days = 7;
  else if (u == "month" || u == "months") unit_days = 30;
  else if (u == "year" || u == "years") unit_days = 365;
  if (unit_days == 0) {
    // "not long ago", "a while ago", "some time ago"
    if (u == "long" && unit >= 1 && t[unit - 1].norm == "not")
      return Found{unit - 1, ago + 1, shift(story, -7), DatePrecision::kVague};
    if (u == "while" || u == "time") return Found{unit >= 1 ? unit - 1 : unit, ago + 1, shift(story, -14), DatePrecision::kVague};
    return std::nullopt;
  }
  if (unit == 0) return std::nullopt;
  int n = small_number(t[unit - 1].norm);
  uint32_t begin = unit - 1;
  if (n < 0 && (t[unit - 1].norm == "few" || t[unit - 1].norm == "several")) n = 3;
  if (n < 0) return std::nullopt;
  int64_t days = static_cast<int64_t>(n) * unit_days;
  DatePrecision p = unit_days == 1 ? DatePrecision::kDay : DatePrecision::kApprox;
  // "just over", "more than", "nearly", "about" qualify the count.
  if (begin >= 1 && (t[begin - 1].norm == "over" || t[begin - 1].norm == "than")) {
    days += std::max<int64_t>(1, unit_days / 7);
    p = DatePrecision::kApprox;
    begin -= 1;
    if (begin >= 1 && (t[begin - 1].norm == "just" || t[begin - 1].norm == "more" || t[begin - 1].norm == "a")) begin -= 1;
    if (begin >= 1 && t[begin - 1].norm == "just") begin -= 1;
  } else if (begin >= 1 && (t[begin - 1].norm == "about" || t[begin - 1].norm == "nearly" ||
                            t[begin - 1].norm == "almost" || t[begin - 1].norm == "some")) {
    p = DatePrecision::kApprox;
    begin -= 1;
  }
  return Found{begin, ago + 1, shift(story, -days), p};
}

// "1-2" in "on June 1-2": a range of days; its first day dates the event.
bool day_range(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 >= w.size() || dash > 2) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (k != dash && (w[k] < '0' || w[k] > '9')) return false;
  return true;
}

bool year_token(const Token& t) { return (t.flags & kTokNumber) && t.norm.size() == 4; }

// Why: a retold event ("in March", "in October last year", "in 2020") did not
// happen on the story date; the month (or, for a bare past year, a vague
// mid-year date) is what the text gives. A month with a day is phrase_at's.
std::optional<Found> past_period(const std::vector<Token>& t, uint32_t i, const Date& story) {
  if (i + 1 >= t.size()) return std::nullopt;
  const Token& next = t[i + 1];
  int month = month_of(next.norm);
  if (month > 0 && (next.flags & kTokCapitalized)) {
    if (i + 2 < t.size() && (((t[i + 2].flags & kTokNumber) && !year_token(t[i + 2])) || day_range(t[i + 2].norm)))
      return std::nullopt;
    Date d{story.year, month, 15};
    uint32_t end = i + 2;
    if (end < t.size() && year_token(t[end])) {
      d.year = std::atoi(t[end].norm.c_str());
      ++end;
    } else if (norm_at(t, end) == "last" && norm_at(t, end + 1) == "year") {
      d.year -= 1;
      end += 2;
    } else if (month > story.month) {
      return std::nullopt;   // "in October" in a March story: last October, or a plan; not guessed
    }
    return Found{i, end, d, DatePrecision::kMonth};
  }
  if (year_token(next)) {
    int year = std::atoi(next.norm.c_str());
    if (year < 1900 || year >= story.year) return std::nullopt;
    return Found{i, i + 2, Date{year, 7, 1}, DatePrecision::kVague};
  }
  return std::nullopt;
}

// Phrases that start at token i.
std::optional<Found> phrase_at(const std::vector<Token>& t, uint32_t i, const Date& story) {
  const std::string& w = t[i].norm;
  if (w == "today" || w == "tonight") return Found{i, i + 1, story, DatePrecision::kDay};
  if (w == "yesterday") return Found{i, i + 1, shift(story, -1), DatePrecision::kDay};
  if (w == "tomorrow") return Found{i, i + 1, shift(story, 1), DatePrecision::kDay};
  if (w == "recently" || w == "lately") return Found{i, i + 1, shift(story, -7), DatePrecision::kVague};
  if (w == "ago") return ago_phrase(t, i, story);
  int wd = weekday_of(w);
  if (wd >= 0) {
    // News reports past days: the latest such weekday on or before the story date,
    // unless "next" says otherwise.
    int64_t back = (story.weekday() - wd + 7) % 7;
    bool next = i >= 1 && t[i - 1].norm == "next";
    if (i >= 1 && t[i - 1].norm == "last" && back == 0) back = 7;
    Date d = next ? shift(story, (wd - story.weekday() + 7) % 7 == 0 ? 7 : (wd - story.weekday() + 7) % 7)
                  : shift(story, -back);
    uint32_t b = i >= 1 && (t[i - 1].norm == "on" || t[i - 1].norm == "last" || t[i - 1].norm == "next") ? i - 1 : i;
    return Found{b, i + 1, d, DatePrecision::kDay};
  }
  int month = month_of(w);
  if (month > 0 && (t[i].flags & kTokCapitalized) && i + 1 < t.size() &&
      ((t[i + 1].flags & kTokNumber) || day_range(t[i + 1].norm))) {
    int day = std::atoi(t[i + 1].norm.c_str());
    if (day >= 1 && day <= 31) {
      Date d{story.year, month, day};
      if (!d.valid()) return std::nullopt;
      // A date well after the story is last year's ("on Dec. 28" in a January story).
      if (d.days_since_epoch() - story.days_since_epoch() > 60) d.year -= 1;
      uint32_t end = i + 2;
      if (end + 1 < t.size() && t[end].norm == "," && (t[end + 1].flags & kTokNumber) && t[end + 1].norm.size() == 4) {
        d.year = std::atoi(t[end + 1].norm.c_str());
        end += 2;
      }
      uint32_t b = i >= 1 && t[i - 1].norm == "on" ? i - 1 : i;
      return Found{b, end, d, DatePrecision::kDay};
    }
  }
  const std::string& n1 = norm_at(t, i + 1);
  const std::string& n2 = norm_at(t, i + 2);
  if (w == "in" || w == "since" || w == "during") {
    if (auto f = past_period(t, i, story)) return f;
  }
  if ((w == "last" || w == "this" || w == "past") && (n1 == "week" || n1 == "month" || n1 == "year")) {
    int64_t days = n1 == "week" ? 7 : n1 == "month" ? 30 : 365;
    DatePrecision p = n1 == "week" ? DatePrecision::kWeek : n1 == "month" ? DatePrecision::kMonth : DatePrecision::kVague;
    return Found{i, i + 2, w == "this" ? story : shift(story, -days), p};
  }
  if (w == "earlier" && n1 == "this" && (n2 == "week" || n2 == "month")) {
    Date d = story;
    if (n2 == "month") d = Date{story.year, story.month, std::max(1, (story.day + 1) / 2)};
    else d = shift(story, -std::min<int64_t>(2, story.weekday()));
    return Found{i, i + 3, d, n2 == "week" ? DatePrecision::kWeek : DatePrecision::kMonth};
  }
  if (w == "earlier" && n1 == "in" && n2 == "the" && norm_at(t, i + 3) == "week")
    return Found{i, i + 4, shift(story, -std::min<int64_t>(2, story.weekday())), DatePrecision::kWeek};
  return std::nullopt;
}

bool place_word(const Token& t) {
  if (!(t.flags & kTokCapitalized) || (t.flags & kTokHyphenPart)) return false;
  if (t.pos != Pos::kNNP && t.pos != Pos::kNNPS) return false;
  return weekday_of(t.norm) < 0 && month_of(t.norm) == 0;
}

std::string span_text(std::string_view base, const std::vector<Token>& t, uint32_t b, uint32_t e) {
  return std::string(base.substr(t[b].span.begin, t[e - 1].span.end - t[b].span.begin));
}

// A dictionary country (or region) named exactly by tokens [b, e): its code.
std::string dict_country(const CompiledDictionary& dict, const std::vector<Token>& t, uint32_t b, uint32_t e) {
  for (const PhraseMatch& m : dict.match(t, b, bit(MatchKind::kActorName) | bit(MatchKind::kCapital) | bit(MatchKind::kCity))) {
    if (m.end != e) continue;
    const Actor& a = dict.set().actors[m.index];
    if (a.kind != ActorKind::kCountry) continue;
    return a.codes.empty() ? std::string() : a.codes.back().code;
  }
  return {};
}

// A dictionary organisation or person by that name ("in Congress"): no place.
bool dict_non_place(const CompiledDictionary& dict, const std::vector<Token>& t, uint32_t b, uint32_t e) {
  for (const PhraseMatch& m : dict.match(t, b, bit(MatchKind::kActorName)))
    if (m.end == e && dict.set().actors[m.index].kind != ActorKind::kCountry &&
        dict.set().actors[m.index].kind != ActorKind::kRegion)
      return true;
  return false;
}

Location from_place(const Place& p, std::string source) {
  Location l;
  l.name = p.name;
  l.country = p.country;
  l.admin1 = p.admin1;
  l.lat = p.lat;
  l.lon = p.lon;
  l.source = std::move(source);
  return l;
}

// Picks among namesakes: the qualifier's country or admin1, then the context's
// countries, then the dictionary's own city/capital reading.
std::optional<Location> choose(const std::vector<Place>& cands, const std::string& q_country, const std::string& q_admin,
                               const std::vector<std::string>& context, const std::string& dict_code) {
  std::vector<const Place*> pool;
  for (const Place& p : cands) pool.push_back(&p);
  auto narrow = [&](auto pred) {
    std::vector<const Place*> next;
    for (const Place* p : pool)
      if (pred(*p)) next.push_back(p);
    bool matched = !next.empty();
    if (matched) pool = std::move(next);
    return matched;
  };
  bool distinct = false;
  for (const Place* p : pool) distinct = distinct || p->country != pool.front()->country;
  // Why: a qualifier that fits none of the namesakes is the next item of a list
  // ("in London, Moscow, and Washington"), not where the place lies.
  bool qualified = false;
  if (!q_country.empty()) qualified = narrow([&](const Place& p) { return p.country == q_country; });
  if (!q_admin.empty())
    qualified = narrow([&](const Place& p) { return normalize_key(p.admin1) == normalize_key(q_admin); }) || qualified;
  // Why: the dictionary's capital or city reading ("Washington" is the U.S.
  // capital) wins when the story talks about that country at all, before the
  // order of its other countries: U.S.-UK talks "in Washington" are not in
  // Washington, England; "Paris" in a story about the U.S. alone stays open.
  bool by_dict = !qualified && !dict_code.empty() &&
                 std::find(context.begin(), context.end(), dict_code) != context.end() &&
                 narrow([&](const Place& p) { return p.country == dict_code; });
  bool by_context = false;
  if (!qualified && !by_dict) {
    for (const std::string& c : context) {
      bool any = false;
      for (const Place* p : pool) any = any || p->country == c;
      if (any) {
        by_context = narrow([&](const Place& p) { return p.country == c; });
        break;
      }
    }
  }
  if (!qualified && !by_dict && !by_context && !dict_code.empty())
    narrow([&](const Place& p) { return p.country == dict_code; });
  // Prefer a city over a subdivision of the same name (Beijing the city).
  std::stable_sort(pool.begin(), pool.end(), [](const Place* a, const Place* b) { return !a->admin && b->admin; });
  Location l = from_place(*pool.front(), "text");
  bool still = false;
  for (const Place* p : pool) still = still || p->country != pool.front()->country;
  l.ambiguous = distinct && (!qualified || still);
  return l;
}

}  // namespace

std::optional<DateMention> find_date(const Sentence& s, std::string_view base, const Date& story_date) {
  if (!story_date.valid()) return std::nullopt;
  const auto& t = s.tokens;
  for (uint32_t i = 0; i < t.size(); ++i) {
    auto f = phrase_at(t, i, story_date);
    if (!f) continue;
    DateMention dm;
    dm.date = f->date;
    dm.precision = f->precision;
    dm.span = {t[f->begin].span.begin, t[f->end - 1].span.end};
    dm.phrase = span_text(base, t, f->begin, f->end);
    return dm;
  }
  return std::nullopt;
}

std::optional<Location> find_place(const Sentence& s, std::string_view base, const CompiledDictionary& dict,
                                   const Gazetteer* gazetteer, const std::vector<std::string>& context) {
  const auto& t = s.tokens;
  for (uint32_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& prep = t[i].norm;
    if (prep != "in" && prep != "at" && prep != "near") continue;
    uint32_t b = i + 1;
    if (b < t.size() && t[b].norm == "the") ++b;   // "in the Hague" is rare; "in the United States" common
    uint32_t e = b;
    while (e < t.size() && e - b < 4 && place_word(t[e])) ++e;
    if (e == b) continue;
    // Qualifier: ", South Korea" / ", Texas".
    std::string q_country, q_admin;
    if (e + 1 < t.size() && t[e].norm == ",") {
      uint32_t qe = e + 1;
      while (qe < t.size() && qe - e - 1 < 4 && place_word(t[qe])) ++qe;
      if (qe > e + 1) {
        q_country = dict_country(dict, t, e + 1, qe);
        if (q_country.empty()) q_admin = span_text(base, t, e + 1, qe);
      }
    }
    // Longest run first: "New York City" before "New York".
    for (uint32_t end = e; end > b; --end) {
      std::string name = span_text(base, t, b, end);
      const std::vector<Place>* cands = gazetteer ? gazetteer->lookup(name) : nullptr;
      // Why: a metonym that is also a city ("Brussels" for the EU) is the city after a
      // locative preposition ("met in Brussels"); other named actors are no place.
      if (dict_non_place(dict, t, b, end) && (!cands || cands->empty())) break;
      std::string country = dict_country(dict, t, b, end);
      bool is_country_name = false;
      if (!country.empty()) {
        // A country's own name ("in South Korea") rather than a city in it.
        for (const PhraseMatch& m : dict.match(t, b, bit(MatchKind::kActorName)))
          if (m.end == end && dict.set().actors[m.index].kind == ActorKind::kCountry) is_country_name = true;
      }
      if (is_country_name) {
        Location l;
        l.name = name;
        l.country = country;
        l.source = "text";
        return l;
      }
      if (cands && !cands->empty()) {
        auto l = choose(*cands, q_country, q_admin, context, country);
        if (l) {
          l->name = name;
          return l;
        }
      }
      if (!country.empty()) {   // a dictionary city the gazetteer lacks
        Location l;
        l.name = name;
        l.country = country;
        l.source = "text";
        return l;
      }
    }
  }
  return std::nullopt;
}

std::optional<Location> dateline_place(const Story& story, const CompiledDictionary& dict, const Gazetteer* gazetteer) {
  if (!story.dateline || story.dateline->place.empty()) return std::nullopt;
  std::string place = story.dateline->place;
  std::string qualifier;
  if (auto comma = place.find(','); comma != std::string::npos) {
    qualifier = place.substr(comma + 1);
    place = place.substr(0, comma);
    while (!qualifier.empty() && qualifier.front() == ' ') qualifier.erase(0, 1);
  }
  std::string q_country;
  const std::vector<Place>* cands = gazetteer ? gazetteer->lookup(place) : nullptr;
  std::vector<std::string> ctx;
  // The dictionary knows capitals and big cities: BEIJING -> CHN.
  std::string dict_code;
  {
    std::vector<std::string> words;
    std::string key = normalize_key(place);
    size_t start = 0;
    for (size_t k = 0; k <= key.size(); ++k)
      if (k == key.size() || key[k] == ' ') {
        if (k > start) words.push_back(key.substr(start, k - start));
        start = k + 1;
      }
    for (const PhraseMatch& m : dict.match_words(words, 0, bit(MatchKind::kCapital) | bit(MatchKind::kCity)))
      if (m.end == words.size()) {
        const Actor& a = dict.set().actors[m.index];
        if (!a.codes.empty()) dict_code = a.codes.back().code;
        break;
      }
  }
  std::optional<Location> l;
  if (cands && !cands->empty()) l = choose(*cands, q_country, qualifier, ctx, dict_code);
  if (!l && !dict_code.empty()) {
    l = Location{};
    l->country = dict_code;
    l->name = place;
  }
  if (!l) return std::nullopt;
  // Keep the gazetteer's spelling ("Beijing") rather than the dateline's capitals.
  l->source = "dateline";
  return l;
}

}  // namespace dyad
