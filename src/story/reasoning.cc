// The story pass (include/dyad/story_reasoning.h, docs/story.md): dates,
// places, reported speech, noun-carried events, third-location meetings,
// issue tags, then the within-story merge (docs/output.md).
#include <algorithm>
#include <map>
#include <set>

#include "dyad/story_reasoning.h"

namespace dyad {
namespace {

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }

// The interval of days a date of this precision may stand for.
std::pair<int64_t, int64_t> window(const Event& e) {
  int64_t d = e.date ? e.date->days_since_epoch() : 0;
  switch (e.date_precision) {
    case DatePrecision::kDay: return {d, d};
    case DatePrecision::kWeek: return {d - 3, d + 3};
    case DatePrecision::kMonth: return {d - 15, d + 15};
    case DatePrecision::kApprox: return {d - 3, d + 3};
    case DatePrecision::kVague: return {d - 21, d + 6};
    case DatePrecision::kUnknown: break;
  }
  return {INT64_MIN / 2, INT64_MAX / 2};
}

bool dates_compatible(const Event& a, const Event& b) {
  if (!a.date || !b.date) return true;
  auto [a0, a1] = window(a);
  auto [b0, b1] = window(b);
  return a0 <= b1 && b0 <= a1;
}

bool places_compatible(const Event& a, const Event& b) {
  if (!a.location || !b.location || a.location->source != "text" || b.location->source != "text") return true;
  return a.location->country == b.location->country &&
         (a.location->name == b.location->name || a.location->name.empty() || b.location->name.empty());
}

// Equal, or the bare country and a sector of it ("CAN" and "CANGOV").
bool actors_compatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
  return a.size() == 3 || b.size() == 3;
}

// The more specific of two codes of one root: longer, and a generic "XX0" loses.
bool more_specific(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  bool a_generic = a.size() == 3 && a[2] == '0', b_generic = b.size() == 3 && b[2] == '0';
  return !a_generic && b_generic;
}

int precision_rank(DatePrecision p) { return p == DatePrecision::kUnknown ? 99 : static_cast<int>(p); }

void absorb(Event* keep, Event&& other) {
  keep->mentions += other.mentions;
  if (more_specific(other.code, keep->code)) {
    keep->code = other.code;
    keep->goldstein = other.goldstein;
    keep->quad_class = other.quad_class;
    keep->verb_text = other.verb_text;
  }
  if (other.source.size() > keep->source.size()) {
    keep->source = other.source;
    keep->source_actor = other.source_actor;
  }
  if (other.target.size() > keep->target.size()) {
    keep->target = other.target;
    keep->target_actor = other.target_actor;
  }
  if (other.date && precision_rank(other.date_precision) < precision_rank(keep->date_precision)) {
    keep->date = other.date;
    keep->date_precision = other.date_precision;
    keep->date_phrase = other.date_phrase;
  }
  bool keep_text = keep->location && keep->location->source == "text";
  if (other.location && !keep_text && (other.location->source == "text" || !keep->location)) keep->location = other.location;
  for (auto& ev : other.evidence) keep->evidence.push_back(std::move(ev));
  for (auto& r : other.rules)
    if (std::find(keep->rules.begin(), keep->rules.end(), r) == keep->rules.end()) keep->rules.push_back(r);
  for (auto& i : other.issues)
    if (std::find(keep->issues.begin(), keep->issues.end(), i) == keep->issues.end()) keep->issues.push_back(i);
  std::sort(keep->issues.begin(), keep->issues.end());
}

const Sentence* sentence_of(const AnalyzedStory& a, const Event& e) {
  for (const Sentence& s : a.sentences)
    if (s.index == e.sentence) return &s;
  return nullptr;
}

// Countries the story is about, most frequent first (to decide namesakes).
std::vector<std::string> story_countries(const std::vector<Event>& events) {
  std::map<std::string, int> n;
  for (const Event& e : events) {
    if (e.source.size() >= 3) ++n[e.source.substr(0, 3)];
    if (e.target.size() >= 3) ++n[e.target.substr(0, 3)];
  }
  std::vector<std::pair<int, std::string>> v;
  for (auto& [c, k] : n) v.emplace_back(-k, c);
  std::sort(v.begin(), v.end());
  std::vector<std::string> out;
  for (auto& [k, c] : v) out.push_back(c);
  return out;
}

bool is_speech_word(const Token& t) {
  static const std::set<std::string> kSay = {"said", "says", "told", "added", "stressed", "noted", "stated",
                                             "emphasized", "emphasised", "reiterated", "according"};
  return kSay.count(t.norm) > 0;
}

// Events in a sentence with a verb of saying that is not their own verb are reported speech.
void mark_reported(const Sentence& s, Event* e) {
  if (e->modality != Modality::kAsserted || e->evidence.empty()) return;
  const auto& spans = e->evidence.front().spans;
  for (const Token& t : s.tokens) {
    if (!is_speech_word(t)) continue;
    bool own = false;
    for (const Span& sp : spans) own = own || (t.span.begin >= sp.begin && t.span.end <= sp.end);
    if (!own) {
      e->modality = Modality::kReported;
      return;
    }
  }
}

// "X made the appeal in a phone conversation with Y": the conversation is an
// event of its own between the event's actors.
void noun_events(const AnalyzedStory& a, std::vector<Event>* events) {
  std::vector<Event> add;
  for (const Event& e : *events) {
    if (e.root == "04" || !e.target_actor || e.source.empty() || e.target.empty()) continue;
    const Sentence* s = sentence_of(a, e);
    if (!s) continue;
    const auto& t = s->tokens;
    for (size_t i = 2; i < t.size(); ++i) {
      if (t[i].span.end > e.target_actor->span.begin || t[i].norm != "with") continue;
      if (i + 1 < t.size() && t[i + 1].span.begin != e.target_actor->span.begin) continue;
      const std::string& noun = t[i - 1].norm;
      bool phone = (noun == "conversation" || noun == "call" || noun == "talks") &&
                   (t[i - 2].norm == "phone" || t[i - 2].norm == "telephone" || t[i - 2].norm == "video");
      if (!phone) continue;
      for (int dir = 0; dir < 2; ++dir) {
        Event n = e;
        n.code = "041";
        n.root = "04";
        n.verb_text = std::string(a.base_text(s->base).substr(t[i - 2].span.begin, t[i].span.end - t[i - 2].span.begin));
        n.goldstein = 1.0;
        n.quad_class = 1;
        n.rules.push_back("story:noun-event");
        if (dir == 1) {
          std::swap(n.source, n.target);
          std::swap(n.source_actor, n.target_actor);
        }
        add.push_back(std::move(n));
      }
      break;
    }
  }
  for (auto& n : add) events->push_back(std::move(n));
  std::stable_sort(events->begin(), events->end(), [](const Event& x, const Event& y) { return x.sentence < y.sentence; });
}

void tag_issues(const CompiledDictionary& dict, const Sentence& s, std::vector<std::string>* out) {
  std::set<std::string> tags, ignored;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    for (const PhraseMatch& m : dict.match(s.tokens, i, bit(MatchKind::kIssue))) {
      const IssuePhrase& ip = dict.set().issues[m.index];
      (ip.ignore ? ignored : tags).insert(ip.code);
    }
  }
  // Why: an ignore phrase ("trade union") cancels its code only when no real
  // phrase of the code fired elsewhere; the matcher takes the longest phrase at
  // each position, so "trade union" never also fires "trade".
  for (const auto& c : tags) out->push_back(c);
}

}  // namespace

void merge_story_events(std::vector<Event>* events) {
  std::vector<Event> kept;
  for (Event& e : *events) {
    Event* into = nullptr;
    for (Event& k : kept) {
      if (k.root != e.root || k.negated != e.negated) continue;
      if (!actors_compatible(k.source, e.source) || !actors_compatible(k.target, e.target)) continue;
      if (!dates_compatible(k, e) || !places_compatible(k, e)) continue;
      into = &k;
      break;
    }
    if (into) absorb(into, std::move(e));
    else kept.push_back(std::move(e));
  }
  *events = std::move(kept);
}

void reason_about_story(const AnalyzedStory& a, const CompiledDictionary& dict, const Gazetteer* gazetteer,
                        std::vector<Event>* events, const EventCodebook* codebook) {
  if (!a.story || events->empty()) return;
  const Story& story = *a.story;
  std::vector<std::string> context = story_countries(*events);
  std::optional<Location> dateline = dateline_place(story, dict, gazetteer);
  if (dateline && !dateline->country.empty()) context.push_back(dateline->country);
  noun_events(a, events);
  Date story_date = story.date.value_or(Date{});
  for (Event& e : *events) {
    const Sentence* s = sentence_of(a, e);
    if (!s) continue;
    std::string_view base = a.base_text(s->base);
    if (auto d = find_date(*s, base, story_date)) {
      e.date = d->date;
      e.date_precision = d->precision;
      e.date_phrase = d->phrase;
      if (!e.evidence.empty()) e.evidence.front().spans.push_back(d->span);
    }
    if (auto l = find_place(*s, base, dict, gazetteer, context)) e.location = l;
    else if (dateline) e.location = dateline;
    mark_reported(*s, &e);
    // CAMEO 044: a meeting at a third location -- neither party's country.
    if (e.code == "040" && e.location && e.location->source == "text" && e.source.size() >= 3 &&
        e.target.size() >= 3 && e.location->country != e.source.substr(0, 3) &&
        e.location->country != e.target.substr(0, 3) && e.codebook == "cameo") {
      e.code = "044";
      e.rules.push_back("story:third-location");
    }
    e.issues.clear();
    tag_issues(dict, *s, &e.issues);
  }
  if (codebook) {
    for (Event& e : *events) {
      if (const CodebookEntry* ce = e.codebook == "cameo" ? codebook->resolve(e.code) : nullptr) {
        e.goldstein = ce->goldstein;
        e.quad_class = ce->quad;
      }
    }
  }
  merge_story_events(events);
  std::map<uint32_t, uint32_t> position;
  for (Event& e : *events) e.id = make_event_id(e.story_id, e.sentence, position[e.sentence]++);
}

}  // namespace dyad
