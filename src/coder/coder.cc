// The coding engine (see include/dyad/coder.h for the contract).
//
// One sentence at a time: discards, actor mentions (dictionary actors,
// country adjectives, agents attached to neighbours, compounds), clause
// boundaries, then verbs left to right with their patterns longest first.
#include "dyad/coder.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "coder/coder_internal.h"
#include "coder/match_cache.h"
#include "coder/petrarch_rules.h"
#include "coder/pattern_filter.h"
#include "coder/dyad_features.h"
#include "coder/tabari_connect.h"
#include "coder/tabari_rules.h"
#include "dyad/peer_dictionaries.h"
#include "dyad/story_reasoning.h"
#include "text/utf8.h"

namespace dyad {

const char* coder_version() { return "dyad-coder-0.1"; }

using coder::Mention;
using coder::PatternBinding;
using coder::SentenceView;

namespace {

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }
constexpr uint32_t kActorKinds = bit(MatchKind::kActorName) | bit(MatchKind::kAdjective) |
                                 bit(MatchKind::kDemonym) | bit(MatchKind::kCapital) | bit(MatchKind::kCity);

// The options in force for one story: the Coder's options plus the record's overrides.
struct Settings {
  Profile profile = Profile::kDyad;
  bool require_dyad = true;
  bool all_modalities = false;
  bool convert_agent = false;      // TABARI SET: CONVERT AGENT
  bool by_clause = false;          // code every clause (dyad) rather than the first event
  bool code_all = false;           // TABARI SET: CODE ALL: every verb, not one per clause
  uint32_t max_events = 64;
  std::string default_source, default_target;   // TABARI DEFAULT:
  bool default_source_prior = false;   // DEFAULT: SOURCE [S] PRIOR: S whenever no actor precedes the verb
  bool default_target_after = false;   // DEFAULT: TARGET [T] AFTER: T whenever no actor follows the verb
  uint32_t new_actor_length = 0;   // PETRARCH: 0 = off
  coder::TabariRules tabari;       // TABARI sentence rules (COMMA:, MINIMUM WORDS, COMPLEX:, FORWARD:)
  coder::StoryMemory* memory = nullptr;   // dyad profile: coreference state of the story (dyad_coref.cc)
  bool story_reasoning = true;     // dyad profile: coreference across sentences and the story pass
  const Mention* forwarded = nullptr;     // TABARI FORWARD: the previous sentence's first actor
};

bool is_be(std::string_view w) {
  static const std::array<std::string_view, 8> kBe = {"is", "are", "was", "were", "be", "been", "being", "am"};
  return std::find(kBe.begin(), kBe.end(), w) != kBe.end();
}

bool is_conjunction(const Token& t) {
  return t.norm == "and" || t.norm == "but" || t.norm == "or" || t.norm == "nor";
}

bool is_petrarch(Profile p) { return p == Profile::kPetrarch1 || p == Profile::kPetrarch2; }

bool is_true(std::string_view v) {
  return v == "true" || v == "True" || v == "TRUE" || v == "1" || v == "yes";
}

// A code made of a country/actor part and a sector: "CHN" + "GOV".
std::string attach_agent(const std::string& actor, const std::string& agent, bool prefix) {
  if (agent.empty() || agent == "---") return actor;
  if (actor.empty() || actor == "---") return "---" + agent;
  // Why: an actor that already has this sector ("CHNGOV" + "GOV", or a prefixed
  // "NGM" + "NGM" for "Human rights activists Amnesty International") must not repeat it.
  if (!prefix && actor.size() >= agent.size() && actor.compare(actor.size() - agent.size(), agent.size(), agent) == 0)
    return actor;
  if (prefix && actor.compare(0, agent.size(), agent) == 0) return actor;
  return prefix ? agent + actor : actor + agent;
}

// Same country without distinct sectors: "CHNGOV" vs "CHN" or "CHNGOV".
bool self_directed(const std::string& a, const std::string& b, Profile profile) {
  if (a == b) return true;
  if (profile != Profile::kDyad) return false;
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
  return a.size() == 3 || b.size() == 3;
}

}  // namespace

struct Coder::Impl {
  std::shared_ptr<const FrontEnd> frontend;
  std::shared_ptr<const CompiledDictionary> dict;
  std::shared_ptr<const EventCodebook> codebook;
  CoderOptions options;
  Profile profile = Profile::kDyad;
  TabariOptions tabari;            // from the dictionary's option file and options.peer_options
  std::vector<coder::GappedPhrase> gapped;   // TABARI: actor names whose words may be separated
  bool cameo = true;
  coder::PatternFilter pattern_filter;   // built once from dict

  Settings settings_for(const RecordOverrides* overrides) const;
  void code_sentence(const AnalyzedStory& a, const Sentence& s, const Settings& st, std::vector<Event>* out) const;
  void build_mentions(const Sentence& s, const Date& date, const Settings& st, SentenceView* view) const;
  void mark_boundaries(SentenceView* view) const;
  std::optional<Mention> first_actor(const Sentence& s, const Date& date, const Settings& st) const;
  bool discarded(const Sentence& s) const;
  AnalyzedStory analyze_side_text(const Story& story, const std::string& text, Story* side) const;
  std::string institution(const Story& story, const Settings& st) const;
  void prime_memory(const Story& story, const Settings& st, coder::StoryMemory* memory) const;
  struct Found {
    bool ok = false;
    EventCodeSpec code;
    PatternBinding binding;
    std::string rule;
    uint32_t verb_begin = 0, verb_end = 0;
    int32_t carry_source = -1;   // TABARI: source mention of the sentence's previous coded clause
    int32_t carry_target = -1;   // TABARI CODE ALL: target mention of the sentence's previous event
  };
  Found code_verb(const SentenceView& view, const PhraseMatch& vm) const;
  void emit(const AnalyzedStory& a, const Sentence& s, const SentenceView& view, const Found& f,
            const Settings& st, std::vector<Event>* out) const;
};

namespace {

Profile resolve_profile(const CompiledDictionary& dict, Profile requested) {
  if (requested != Profile::kAuto) return requested;
  const auto& formats = dict.set().file_formats;
  if (std::find(formats.begin(), formats.end(), "tabari") != formats.end()) return Profile::kTabari;
  if (std::find(formats.begin(), formats.end(), "petrarch") != formats.end()) {
    if (!dict.set().transformations.empty()) return Profile::kPetrarch2;
    for (const Verb& v : dict.set().verbs)
      for (const Pattern& p : v.patterns)
        for (const PatternToken& t : p.tokens)
          if (t.kind == PatternTokenKind::kNounPhrase || t.kind == PatternTokenKind::kPrepPhrase)
            return Profile::kPetrarch2;
    return Profile::kPetrarch1;
  }
  return Profile::kDyad;
}

void apply_tabari_line(const std::string& line, TabariOptions* opt) {
  auto cmd = parse_tabari_option(line);
  if (cmd.ok()) opt->apply(*cmd);
}

}  // namespace

Coder::Coder(std::shared_ptr<const FrontEnd> frontend, std::shared_ptr<const CompiledDictionary> dict,
             std::shared_ptr<const EventCodebook> codebook, CoderOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->frontend = std::move(frontend);
  impl_->dict = std::move(dict);
  impl_->codebook = std::move(codebook);
  impl_->options = std::move(options);
  impl_->profile = resolve_profile(*impl_->dict, impl_->options.profile);
  impl_->cameo = impl_->dict->set().manifest.codebook == Codebook::kCameo;
  impl_->pattern_filter = coder::PatternFilter(*impl_->dict);
  if (impl_->profile == Profile::kTabari) {
    for (const auto& line : impl_->dict->set().options) apply_tabari_line(line, &impl_->tabari);
    for (const auto& line : impl_->options.peer_options) apply_tabari_line(line, &impl_->tabari);
    impl_->gapped = coder::tabari_gapped_phrases(impl_->dict->set());
  }
}

Coder::~Coder() = default;
Profile Coder::profile() const { return impl_->profile; }
const CoderOptions& Coder::options() const { return impl_->options; }
const CompiledDictionary& Coder::dictionary() const { return *impl_->dict; }
const FrontEnd& Coder::frontend() const { return *impl_->frontend; }

Settings Coder::Impl::settings_for(const RecordOverrides* overrides) const {
  Settings st;
  st.profile = profile;
  st.require_dyad = options.require_dyad;
  st.all_modalities = options.all_modalities;
  st.max_events = options.max_events_per_sentence;
  st.story_reasoning = options.story_reasoning;
  // Why: PETRARCH codes every clause of the sentence (one event per coded verb phrase), not the first event only.
  st.by_clause = profile == Profile::kDyad || is_petrarch(profile);
  TabariOptions tab = tabari;
  std::vector<std::pair<std::string, std::string>> kv;
  for (const auto& o : options.peer_options) {
    auto eq = o.find('=');
    if (profile != Profile::kTabari && eq != std::string::npos) kv.emplace_back(o.substr(0, eq), o.substr(eq + 1));
  }
  if (overrides) {
    for (const auto& [key, value] : overrides->settings) {
      if (key == "tabari") apply_tabari_line(value, &tab);
      else kv.emplace_back(key, value);
    }
  }
  for (const auto& [key, value] : kv) {
    if (key == "require_dyad") st.require_dyad = is_true(value);
    if (key == "new_actor_length") st.new_actor_length = static_cast<uint32_t>(std::atoi(value.c_str()));
    if (key == "all_modalities") st.all_modalities = is_true(value);
  }
  if (profile == Profile::kTabari) {
    st.convert_agent = tab.convert_agent.value_or(false);
    st.default_source = tab.default_source;
    st.default_target = tab.default_target;
    st.default_source_prior = tab.default_source_prior;
    st.default_target_after = tab.default_target_after;
    // Why: CODE BY CLAUSE is TABARI's default (one event per conjunction-delimited clause).
    st.by_clause = tab.code_by != TabariOptions::CodeBy::kSentence;
    st.code_all = tab.code_by == TabariOptions::CodeBy::kAll;
    st.tabari = coder::tabari_rules_from(tab, !dict->set().options.empty());
  }
  return st;
}

bool Coder::Impl::discarded(const Sentence& s) const {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (!dict->match_discards(s.tokens, i).empty()) return true;
  return false;
}

// Actors, agents and their combinations. Longest match wins at each position.
void Coder::Impl::build_mentions(const Sentence& s, const Date& date, const Settings& st,
                                 SentenceView* view) const {
  const auto& toks = s.tokens;
  struct Piece {
    uint32_t begin, end;
    bool agent;
    std::string code;
    bool prefix;
    std::string rule;
    std::vector<std::string> compound;
  };
  std::vector<Piece> pieces;
  for (uint32_t i = 0; i < toks.size();) {
    const uint32_t kinds = kActorKinds | bit(MatchKind::kAgent);
    std::vector<PhraseMatch> looked_up;
    const PhraseMatch* found = nullptr;
    if (view->matches) {
      found = view->matches->first(i, kinds);
    } else {
      looked_up = dict->match(toks, i, kinds);
      if (!looked_up.empty()) found = &looked_up.front();
    }
    if (!found) {
      ++i;
      continue;
    }
    const PhraseMatch& m = *found;
    Piece p{m.begin, m.end, m.kind == MatchKind::kAgent, "", false, "", {}};
    if (p.agent) {
      const Agent& ag = dict->set().agents[m.index];
      const DatedCode* dc = dict->resolve_agent(m.index, date);
      p.code = dc ? dc->code : "";
      p.prefix = ag.prefix;
      p.rule = dict->where(ag.src);
    } else {
      const Actor& ac = dict->set().actors[m.index];
      const DatedCode* dc = dict->resolve_actor(m.index, date);
      p.code = dc ? dc->code : "---";
      p.compound = ac.compound;
      p.rule = dict->where(ac.src);
      // UD-PETRARCH writes a dictionary compound ("[FRO/BIL/SAM]") as one code, unexpanded.
      if (st.profile == Profile::kPetrarch2 && !p.compound.empty()) {
        p.code = coder::petrarch_joined_code(p.compound);
        p.compound.clear();
      }
    }
    pieces.push_back(std::move(p));
    i = m.end;
  }
  // Joins agents to the actor before them ("Chinese Foreign Minister"), after
  // them ("President of Arnor", "the minister Aragorn") or across OF/IN.
  auto gap_ok = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
      const std::string& w = toks[k].norm;
      if (w != "of" && w != "in" && w != "the" && w != "'s" && w != "s" && w != "'" && w != "for" &&
          !(w == "from" && is_petrarch(st.profile)))   // PETRARCH: "Soldiers from Gondor"
        return false;
    }
    return to - from <= 2;
  };
  std::vector<Mention> out;
  // Per mention of `out`: the agent written before its actor ("Lawmakers in
  // Fornost"), and whether the mention is a bare actor (no agent of its own).
  struct AgentInfo {
    std::string lead_agent;
    bool lead_prefix = false;
    bool bare_actor = false;
  };
  std::vector<AgentInfo> info;
  for (size_t k = 0; k < pieces.size(); ++k) {
    Piece& p = pieces[k];
    Mention m;
    m.begin = p.begin;
    m.end = p.end;
    m.rules.push_back(p.rule);
    m.has_actor = !p.agent;
    std::string actor_code = p.agent ? "" : p.code;
    std::vector<std::string> members = p.compound;
    std::string agent_code;
    bool agent_prefix = false;
    if (p.agent) {
      agent_code = p.code;
      agent_prefix = p.prefix;
    }
    // Absorb following pieces: an agent after an actor, an actor after an agent,
    // a person after a role ("Foreign Minister Wang Yi").
    while (k + 1 < pieces.size() && gap_ok(m.end, pieces[k + 1].begin)) {
      Piece& n = pieces[k + 1];
      bool n_agent = n.agent;
      if (n_agent && !agent_code.empty()) break;          // two agents: keep apart
      if (!n_agent && m.has_actor) {
        // actor after actor: only merge when the first was a country adjective-like
        // prefix of a more specific code ("Chinese" + person "Wang Yi" = CHNGOV).
        // Why: "Bree Prime Minister Romendacil" is one person; the role-bearing
        // code wins unless the name's own code is more specific.
        bool same_country = n.code.size() >= 3 && actor_code.size() >= 3 && n.code.compare(0, 3, actor_code, 0, 3) == 0;
        if (!same_country || m.end != n.begin) break;
        if (n.code.size() <= actor_code.size() + agent_code.size()) {
          m.end = n.end;
          m.rules.push_back(n.rule);
          ++k;
          continue;
        }
        agent_code.clear();
      }
      if (n_agent) {
        agent_code = n.code;
        agent_prefix = n.prefix;
      } else {
        actor_code = n.code;
        members = n.compound;
        m.has_actor = true;
      }
      m.end = n.end;
      m.rules.push_back(n.rule);
      ++k;
    }
    if (!m.has_actor && !(st.convert_agent || st.profile == Profile::kDyad || is_petrarch(st.profile)))
      continue;   // a lone agent is no actor unless the profile converts it
    if (!m.has_actor && st.profile == Profile::kDyad) continue;   // role inference needs a country: not yet
    if (members.empty()) members.push_back(actor_code);
    AgentInfo ai;
    if (p.agent && m.has_actor && !agent_code.empty()) {
      ai.lead_agent = agent_code;
      ai.lead_prefix = agent_prefix;
    }
    ai.bare_actor = m.has_actor && agent_code.empty();
    info.push_back(ai);
    for (auto& code : members) {
      // Why: TABARI writes a converted lone agent as its bare agent code ("~MOS").
      if (!m.has_actor && st.profile == Profile::kTabari) m.codes.push_back("~" + agent_code);
      else m.codes.push_back(attach_agent(code, agent_code, agent_prefix));
      m.actor_codes.push_back(m.has_actor ? code : m.codes.back());
      m.spans.push_back({toks[m.begin].span.begin, toks[m.end - 1].span.end});
    }
    out.push_back(std::move(m));
  }
  // Compounds: "A and B", "A, B and C" become one mention with every member.
  std::vector<Mention> merged;
  std::string lead_agent;   // the agent of the compound being built, when written before it
  bool lead_prefix = false;
  bool list_has_and = false;   // the compound being built already has an "and" join
  for (size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    if (!merged.empty()) {
      Mention& prev = merged.back();
      bool joined = false;
      if (m.begin == prev.end + 1) {
        const Token& t = toks[prev.end];
        // PETRARCH: "Neither Galadriel nor Gollum" is a compound too.
        joined = t.norm == "and" || t.norm == "," || (is_petrarch(st.profile) && t.norm == "nor");
      } else if (st.profile == Profile::kTabari || is_petrarch(st.profile)) {
        // Why: PETRARCH's noun-phrase compounds also join across articles and
        // modifiers ("Arnor and the evil awful Gondor", "Neither X nor Y").
        joined = coder::tabari_compound_gap(toks, prev.end, m.begin);
      }
      // PETRARCH: a comma after "A and B" ends that list ("A and B, and C and D", "A and B, the X newspaper").
      if (joined && is_petrarch(st.profile) && list_has_and && coder::petrarch_gap_has(toks, prev.end, m.begin, ","))
        joined = false;
      if (joined) {
        list_has_and = list_has_and || coder::petrarch_gap_has(toks, prev.end, m.begin, "and");
        // PETRARCH: an agent written before a compound of countries applies to
        // every member ("the ambassadors of Arnor, Osgiliath and Gondor").
        // Dyad too, for a plural role attached by "of": "the leaders of France and
        // Germany" are two leaders (FRAGOV, DEUGOV); "lawmakers in A and B" stay as written.
        bool distribute = is_petrarch(st.profile) ||
                          (st.profile == Profile::kDyad && coder::dyad_plural_role_of(toks, prev.begin, prev.end));
        if (distribute && !lead_agent.empty() && info[k].bare_actor)
          for (auto& c : m.codes) c = attach_agent(c, lead_agent, lead_prefix);
        prev.end = m.end;
        prev.codes.insert(prev.codes.end(), m.codes.begin(), m.codes.end());
        prev.spans.insert(prev.spans.end(), m.spans.begin(), m.spans.end());
        prev.rules.insert(prev.rules.end(), m.rules.begin(), m.rules.end());
        continue;
      }
    }
    lead_agent = info[k].lead_agent;
    lead_prefix = info[k].lead_prefix;
    list_has_and = false;
    merged.push_back(std::move(m));
  }
  view->mentions = std::move(merged);
  view->mention_at.assign(toks.size(), -1);
  view->mention_cover.assign(toks.size(), -1);
  for (size_t k = 0; k < view->mentions.size(); ++k) {
    const Mention& m = view->mentions[k];
    view->mention_at[m.begin] = static_cast<int32_t>(k);
    for (uint32_t t = m.begin; t < m.end; ++t) view->mention_cover[t] = static_cast<int32_t>(k);
  }
}

void Coder::Impl::mark_boundaries(SentenceView* view) const {
  const auto& toks = *view->tokens;
  view->boundary.assign(toks.size(), 0);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (view->mention_cover[i] >= 0) continue;   // inside "China and Canada"
    const Token& t = toks[i];
    if (profile == Profile::kDyad && coder::dyad_adjective_coordination(toks, i)) continue;
    if (is_petrarch(profile) && coder::petrarch_modifier_coordination(toks, i)) continue;
    // Why: TABARI does not stop at commas; comma clauses are removed by its COMMA: rules instead.
    bool comma = t.norm == "," && profile != Profile::kTabari;
    if (comma || t.norm == ";" || t.norm == ":" || is_conjunction(t)) view->boundary[i] = 1;
  }
}

Coder::Impl::Found Coder::Impl::code_verb(const SentenceView& view, const PhraseMatch& vm) const {
  Found f;
  f.verb_begin = vm.begin;
  f.verb_end = vm.end;
  const Verb& verb = dict->set().verbs[vm.index];
  const CompiledVerb& cv = dict->verbs()[vm.index];
  PatternBinding b;
  int32_t pi = is_petrarch(profile) ? coder::petrarch_match_verb_patterns(*dict, view, verb, cv, vm.begin, vm.end,
                                                                         profile == Profile::kPetrarch2, &b)
                                     : coder::match_verb_patterns(*dict, view, verb, cv, vm.begin, vm.end, &b);
  if (pi >= 0) {
    const Pattern& pat = verb.patterns[static_cast<uint32_t>(pi)];
    f.ok = true;
    f.code = pat.code;
    f.binding = b;
    f.rule = dict->where(pat.src);
    return f;
  }
  f.ok = true;
  f.code = verb.code;
  f.binding.lo = vm.begin;
  f.binding.hi = vm.end;
  f.rule = dict->where(verb.src);
  return f;
}

namespace {

struct Clause {
  uint32_t begin, end;
};

Clause clause_of(const SentenceView& view, uint32_t begin, uint32_t end) {
  Clause c{0, static_cast<uint32_t>(view.boundary.size())};
  for (uint32_t i = begin; i > 0; --i) {
    if (view.boundary[i - 1]) {
      c.begin = i;
      break;
    }
  }
  for (uint32_t i = end; i < view.boundary.size(); ++i) {
    if (view.boundary[i]) {
      c.end = i;
      break;
    }
  }
  return c;
}

// Negation and modality from the words before the verb in its clause.
void verb_group(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb, bool* negated,
                Modality* modality, bool* passive) {
  *negated = false;
  *modality = Modality::kAsserted;
  *passive = false;
  uint32_t from = verb >= 4 ? std::max(clause_begin, verb - 4) : clause_begin;
  for (uint32_t i = from; i < verb; ++i) {
    const std::string& w = toks[i].norm;
    if (w == "not" || w == "n't" || w == "never") *negated = true;
    // "is going to travel", "looks forward to meeting", "is expected / scheduled to meet".
    if (w == "will" || w == "shall" || w == "ready" || w == "willing" || w == "plans" || w == "intends" ||
        w == "prepared" || w == "going" || w == "forward" || w == "expected" || w == "scheduled" ||
        w == "planning" || w == "intend" || w == "plan")
      *modality = Modality::kIntended;
    if (w == "may" || w == "might" || w == "could" || w == "would" || w == "if") *modality = Modality::kHypothetical;
  }
  for (uint32_t i = clause_begin; i < verb; ++i)
    if (toks[i].norm == "if" || toks[i].norm == "unless") *modality = Modality::kHypothetical;
  if (verb > 0 && toks[verb].pos == Pos::kVBN) {
    for (uint32_t i = verb; i > from; --i)
      if (is_be(toks[i - 1].norm)) *passive = true;
  }
}

}  // namespace

void Coder::Impl::emit(const AnalyzedStory& a, const Sentence& s, const SentenceView& view, const Found& f,
                       const Settings& st, std::vector<Event>* out) const {
  const auto& toks = s.tokens;
  Clause c{view.clause_begin, view.clause_end};
  int32_t src = f.binding.source, tgt = f.binding.target;
  bool negated = false, passive = false;
  Modality modality = Modality::kAsserted;
  verb_group(toks, c.begin, f.verb_begin, &negated, &modality, &passive);
  if (f.binding.compound) tgt = src;
  // PETRARCH: `%` after the verb is a compound target ("agrees with % ..."); the source is the subject.
  if (f.binding.compound && is_petrarch(st.profile) && view.mentions[src].begin >= f.verb_end) src = -1;
  bool slots_from_pattern = src >= 0 || tgt >= 0;
  if (src < 0) {
    // Default source: TABARI takes the first actor of the clause before the
    // verb (the subject of "Mordor with Fornost and Gondor welcomed"); the
    // other profiles the nearest actor before the verb. Either falls back to
    // the nearest actor before the clause.
    if (is_petrarch(st.profile)) {
      // PETRARCH: the subject is the nearest actor of the verb's own clause; a
      // coordinated clause without one ("condemned X ... and promised aid to Y")
      // shares the previous coded clause's subject.
      for (int64_t i = static_cast<int64_t>(f.verb_begin) - 1; i >= static_cast<int64_t>(c.begin) && src < 0; --i) {
        int32_t m = view.mention_cover[i];
        if (m >= 0 && m != tgt) src = m;
      }
      if (src < 0 && f.carry_source >= 0 && f.carry_source != tgt) src = f.carry_source;
    }
    if (st.profile == Profile::kTabari) {
      for (uint32_t i = c.begin; i < f.verb_begin && src < 0; ++i) {
        int32_t m = view.mention_cover[i];
        if (m >= 0 && m != tgt) src = m;
      }
      // A clause without a subject ("... and promised aid to X") shares the previous clause's.
      if (src < 0 && f.carry_source >= 0 && f.carry_source != tgt) src = f.carry_source;
    }
    for (int64_t i = static_cast<int64_t>(f.verb_begin) - 1; i >= 0 && src < 0; --i) {
      int32_t m = view.mention_cover[i];
      if (m >= 0 && m != tgt) src = m;
    }
    // TABARI: with no actor before the verb the source is the first actor after
    // it, unless DEFAULT: SOURCE ... PRIOR supplies one.
    if (src < 0 && st.profile == Profile::kTabari && !(st.default_source_prior && !st.default_source.empty()))
      src = coder::tabari_first_actor_after(view, f.verb_end, c.end, tgt);
  }
  if (tgt < 0) {
    // Default target: the first actor after the verb (and after the pattern) in the clause.
    for (uint32_t i = f.verb_end; i < c.end && tgt < 0; ++i) {
      int32_t m = view.mention_cover[i];
      if (m >= 0 && m != src && !(st.profile == Profile::kTabari && coder::same_actor(view, m, src))) tgt = m;
    }
    // TABARI CODE ALL: a later verb with no target of its own shares the previous event's.
    if (tgt < 0 && st.code_all && f.carry_target >= 0 && f.carry_target != src) tgt = f.carry_target;
    // TABARI: with no actor after the verb the target is the next actor after
    // the source ("it requested that Elrond assist"), unless DEFAULT: TARGET ... AFTER.
    if (tgt < 0 && st.profile == Profile::kTabari && src >= 0 &&
        !(st.default_target_after && !st.default_target.empty()))
      tgt = coder::tabari_next_actor(view, std::max(view.mentions[src].end, c.begin), f.verb_begin, src,
                                     f.binding.skipped);
  }
  // Dyad: an unresolved pronoun subject between the source and the verb is the real,
  // unknown, source ("Germany share concerns as we seek to").
  if (st.profile == Profile::kDyad && src >= 0 && view.mentions[src].end <= f.verb_begin &&
      coder::dyad_unknown_subject(toks, view.mention_cover, view.mentions[src].end, f.verb_begin))
    src = -1;
  // Dyad: "Xi and Carney met" -- a compound subject of a mutual action is both parties.
  if (st.profile == Profile::kDyad && tgt < 0 && src >= 0 && view.mentions[src].codes.size() >= 2 &&
      coder::dyad_reciprocal(f.code.code))
    tgt = src;
  // PETRARCH: a compound subject with no target acts on its own members ("Gondor and Osgiliath renewed ties").
  if (is_petrarch(st.profile) && tgt < 0 && coder::petrarch_compound_subject(view, src, c.begin)) tgt = src;
  // Passive voice: "Arnor was attacked by Gondor" -> Gondor is the source.
  uint32_t by = f.verb_end;
  if (by + 1 < c.end && (toks[by].pos == Pos::kRB || toks[by].pos == Pos::kRBR)) ++by;   // "was opposed earlier by"
  if (is_petrarch(st.profile)) {
    if (!slots_from_pattern &&
        coder::petrarch_passive_swap(view, c.begin, f.verb_begin, f.verb_end, tgt, st.profile == Profile::kPetrarch2))
      std::swap(src, tgt);
  } else if (passive && !slots_from_pattern && tgt >= 0 && by < c.end && toks[by].norm == "by" &&
             view.mention_at.size() > by + 1 && view.mention_at[by + 1] == tgt) {
    std::swap(src, tgt);
  }
  std::string code = f.code.code, paired = f.code.paired;
  if (st.profile == Profile::kDyad && !st.all_modalities) {
    // A negated act CAMEO has a refusal code for is that refusal, asserted.
    std::string refusal = negated ? coder::dyad_refusal_code(code) : "";
    if (!refusal.empty()) {
      code = refusal;
      paired.clear();
      negated = false;
    }
    if (negated || modality == Modality::kHypothetical) return;
    if (coder::dyad_irrealis(toks, c.begin, f.verb_begin, f.code.code)) return;
    if (code == "040" && coder::dyad_telephone_consult(a.story->title, toks, f.verb_begin, c.begin, c.end)) code = "041";
    // An intended act is the announcement of it: CAMEO's 03x / 13x codes.
    if (modality == Modality::kIntended) {
      code = coder::dyad_intent_code(code);
      if (code.empty()) return;
      if (!paired.empty()) paired = coder::dyad_intent_code(paired);
    }
  }
  // PETRARCH-2: a negated verb takes the ontology's negated code ("did not clash" 110 -> 050).
  if (st.profile == Profile::kPetrarch2 && coder::petrarch_negated(toks, c.begin, f.verb_begin)) {
    code = coder::petrarch_negated_code(*dict, code);
    if (!paired.empty()) paired = coder::petrarch_negated_code(*dict, paired);
  }
  std::vector<std::string> src_codes = src >= 0 ? view.mentions[src].codes : std::vector<std::string>{};
  std::vector<std::string> tgt_codes = tgt >= 0 ? view.mentions[tgt].codes : std::vector<std::string>{};
  size_t tgt_member = 0;   // the target's first member within its mention
  // TABARI: a compound source with no target of its own splits: its first
  // member acts on the others ("Bree and Arnor are about to restore ties with
  // <unknown>" codes Bree -> Arnor), unless DEFAULT: TARGET ... AFTER applies.
  // A source found after the verb splits even then: its other members follow the verb.
  bool src_after_verb = src >= 0 && view.mentions[src].begin >= f.verb_end;
  if (st.profile == Profile::kTabari && tgt < 0 && src_codes.size() >= 2 &&
      (src_after_verb || !(st.default_target_after && !st.default_target.empty()))) {
    tgt = src;
    tgt_member = 1;
    tgt_codes.assign(src_codes.begin() + 1, src_codes.end());
    src_codes.resize(1);
  }
  if (src_codes.empty() && !st.default_source.empty()) src_codes.push_back(st.default_source);
  if (tgt_codes.empty() && !st.default_target.empty()) tgt_codes.push_back(st.default_target);
  if (st.require_dyad && (src_codes.empty() || tgt_codes.empty())) return;
  if (st.profile == Profile::kPetrarch1 && tgt < 0 && !coder::petrarch_object_phrase(toks, f.verb_end, c.end)) return;
  if (src_codes.empty()) src_codes.push_back("---");
  if (tgt_codes.empty()) tgt_codes.push_back("---");

  auto add = [&](const std::string& from, const std::string& to, const std::string& code, int32_t from_m,
                 int32_t to_m, size_t fi, size_t ti) {
    if (out->size() >= st.max_events) return;
    if (self_directed(from, to, st.profile) && from != "---") return;
    Event e;
    e.id = make_event_id(a.story->id, s.index, static_cast<uint32_t>(out->size()));
    e.story_id = a.story->id;
    e.sentence = s.index;
    if (a.story->date) {
      e.date = a.story->date;
      e.date_precision = DatePrecision::kDay;
    }
    e.source = from;
    e.target = to;
    std::string_view base = a.base_text(s.base);
    auto mention = [&](int32_t m, size_t member) -> std::optional<ActorMention> {
      if (m < 0) return std::nullopt;
      ActorMention am;
      const Mention& mm = view.mentions[m];
      Span sp = member < mm.spans.size() ? mm.spans[member] : Span{};
      am.span = sp;
      am.base = s.base;
      am.text = std::string(base.substr(sp.begin, sp.size()));
      if (member < mm.antecedents.size() && mm.antecedents[member] &&
          mm.antecedents[member]->begin < coder::kHeadlineSpanOffset)
        am.antecedent = mm.antecedents[member];
      return am;
    };
    e.source_actor = mention(from_m, fi);
    e.target_actor = mention(to_m, ti);
    e.code = code;
    e.codebook = codebook_name(dict->set().manifest.codebook);
    e.root = code.size() >= 2 ? code.substr(0, 2) : code;
    if (cameo && codebook) {
      if (const CodebookEntry* ce = codebook->resolve(code)) {
        e.goldstein = ce->goldstein;
        e.quad_class = ce->quad;
      }
    }
    Span vspan{toks[f.verb_begin].span.begin, toks[f.verb_end - 1].span.end};
    e.verb_text = std::string(base.substr(vspan.begin, vspan.size()));
    e.negated = negated;
    e.modality = modality;
    Evidence ev;
    ev.sentence = s.index;
    ev.base = s.base;
    if (e.source_actor) ev.spans.push_back(e.source_actor->span);
    ev.spans.push_back(vspan);
    if (e.target_actor) ev.spans.push_back(e.target_actor->span);
    e.evidence.push_back(std::move(ev));
    if (from_m >= 0) e.rules.insert(e.rules.end(), view.mentions[from_m].rules.begin(), view.mentions[from_m].rules.end());
    e.rules.push_back(f.rule);
    if (to_m >= 0) e.rules.insert(e.rules.end(), view.mentions[to_m].rules.begin(), view.mentions[to_m].rules.end());
    e.dict_version = dict->version();
    e.coder_version = coder_version();
    out->push_back(std::move(e));
  };
  for (size_t i = 0; i < src_codes.size(); ++i) {
    for (size_t j = 0; j < tgt_codes.size(); ++j) {
      add(src_codes[i], tgt_codes[j], code, src, tgt, i, j + tgt_member);
      if (!paired.empty()) add(tgt_codes[j], src_codes[i], paired, tgt, src, j + tgt_member, i);
    }
  }
}

void Coder::Impl::code_sentence(const AnalyzedStory& a, const Sentence& s, const Settings& st,
                                std::vector<Event>* out) const {
  if (s.tokens.empty()) return;
  // One dictionary walk per token for every kind asked below (discards, actors, agents, verbs).
  coder::SentenceMatches matches(*dict, s.tokens,
                                 kActorKinds | bit(MatchKind::kAgent) | bit(MatchKind::kVerb) | bit(MatchKind::kDiscard));
  if (matches.any(bit(MatchKind::kDiscard))) return;   // a discard phrase drops the sentence
  Date date = a.story->date.value_or(Date{});
  SentenceView view;
  view.tokens = &s.tokens;
  view.matches = &matches;
  // PETRARCH-1 matches pattern words on the parse's word forms; UD-PETRARCH has lemmas.
  view.written_words = st.profile == Profile::kPetrarch1;
  view.filter = &pattern_filter;
  build_mentions(s, date, st, &view);
  if (st.memory) {
    if (!st.story_reasoning) *st.memory = coder::StoryMemory{};   // --no-story: each sentence on its own
    if (!coder::dyad_extend_mentions(*dict, s, date, st.memory, &view)) return;
  }
  if (is_petrarch(st.profile)) coder::petrarch_agent_coordination(*dict, date, &view);
  if (st.profile == Profile::kPetrarch1 && st.new_actor_length > 0) coder::petrarch_new_actors(st.new_actor_length, &view);
  for (const Mention& m : view.mentions)
    for (const auto& c : m.codes)
      if (c == "###") return;   // TABARI: an actor coded ### discards the sentence
  std::vector<uint8_t> deleted;   // TABARI comma-clause deletion
  if (st.profile == Profile::kTabari && st.tabari.time_shift && coder::tabari_time_rejects(*dict, s.tokens)) return;
  if (st.profile == Profile::kTabari) coder::tabari_connect_actors(*dict, gapped, date, &view);
  if (st.profile == Profile::kTabari && !coder::tabari_prepare(*dict, st.tabari, st.forwarded, &view, &deleted)) return;
  mark_boundaries(&view);

  std::optional<Found> subordinate;
  std::vector<Event> sentence_events;
  uint32_t coded_clause_end = 0;
  int32_t carry_source = -1, carry_target = -1;
  bool any = false;
  bool dominant = false;   // an event of a dominant code ([031!]) was found
  std::vector<bool> is_dominant;   // per event of sentence_events
  for (uint32_t i = 0; i < s.tokens.size(); ++i) {
    if (view.mention_cover[i] >= 0) continue;
    if (any && !st.by_clause) break;
    if (any && i < coded_clause_end && !st.code_all) continue;
    std::vector<PhraseMatch> verbs = matches.all(i, bit(MatchKind::kVerb));
    if (verbs.empty()) continue;
    if (st.profile == Profile::kDyad && !pos_is_verb(s.tokens[i].pos) && s.tokens[i].pos != Pos::kMD) continue;
    if (st.profile == Profile::kDyad && coder::dyad_verb_is_nominal(s.tokens, i)) continue;
    if (is_petrarch(st.profile) && coder::petrarch_plural_noun(s.tokens, i)) continue;
    if (st.profile == Profile::kTabari && !coder::tabari_verb_position(s.tokens, deleted, i)) continue;
    const PhraseMatch& vm = is_petrarch(st.profile) ? coder::petrarch_pick_verb(*dict, s.tokens, verbs) : verbs.front();
    Clause c = clause_of(view, vm.begin, vm.end);
    // PETRARCH: after the first event only coordinated verb phrases ("... and
    // promised aid to Y") are coded, and in PETRARCH-1 comma clauses with a
    // subject of their own ("..., a senior official said").
    if (any && is_petrarch(st.profile) && !(c.begin > 0 && is_conjunction(s.tokens[c.begin - 1])) &&
        !(st.profile == Profile::kPetrarch1 && coder::petrarch_clause_has_subject(view, c.begin, vm.begin)))
      continue;
    view.clause_begin = c.begin;
    view.clause_end = c.end;
    Found f = code_verb(view, vm);
    // Dyad: entries sharing a word ("hold" + a phone noun, "hold" + a meeting
    // noun) are all tried; a pattern that binds an actor beats a bare verb code.
    if (st.profile == Profile::kDyad && verbs.size() > 1) f = coder::dyad_pick_verb(view, verbs, f,
        [&](const PhraseMatch& m) { return code_verb(view, m); });
    if (!f.ok || f.code.code.empty() || f.code.code == "---") continue;
    if (f.code.code == "###" || f.code.code == "+++") return;   // discard / complex: nothing from this sentence
    if (st.profile == Profile::kTabari && !any && st.tabari.no_actor_prior &&
        !coder::tabari_actor_prior(view, vm.begin))
      return;
    if (f.code.strength == CodeStrength::kSubordinate) {
      if (!subordinate) subordinate = f;
      continue;
    }
    size_t before = sentence_events.size();
    f.carry_source = carry_source;
    f.carry_target = carry_target;
    emit(a, s, view, f, st, &sentence_events);
    if (sentence_events.size() > before) {
      carry_source = coder::mention_of(view, sentence_events[before].source_actor);
      carry_target = coder::mention_of(view, sentence_events[before].target_actor);
      is_dominant.resize(sentence_events.size(), f.code.strength == CodeStrength::kDominant);
      if (f.code.strength == CodeStrength::kDominant) dominant = true;
      any = true;
      coded_clause_end = c.end;
      i = std::max(i, f.verb_end - 1);
    }
  }
  if (!any && subordinate) {
    view.clause_begin = clause_of(view, subordinate->verb_begin, subordinate->verb_end).begin;
    view.clause_end = clause_of(view, subordinate->verb_begin, subordinate->verb_end).end;
    emit(a, s, view, *subordinate, st, &sentence_events);
  }
  // TABARI CODE ALL: when a dominant code fired, only dominant events are kept.
  if (dominant && st.code_all) {
    std::vector<Event> kept;
    for (size_t k = 0; k < sentence_events.size(); ++k)
      if (k < is_dominant.size() && is_dominant[k]) kept.push_back(std::move(sentence_events[k]));
    sentence_events = std::move(kept);
  }
  for (auto& e : sentence_events) {
    e.id = make_event_id(a.story->id, s.index, static_cast<uint32_t>(out->size()));
    out->push_back(std::move(e));
  }
}

// A field of the story other than its text (source, title) analysed on its
// own, as the one-paragraph story `*side` with the story's id and date (the
// result borrows `*side`, so the caller owns it).
AnalyzedStory Coder::Impl::analyze_side_text(const Story& story, const std::string& text, Story* side) const {
  side->id = story.id;
  side->date = story.date;
  side->text = text;
  side->body.assign(1, Span{0, static_cast<uint32_t>(side->text.size())});
  return frontend->analyze(*side, false);
}

// Dyad: the story's own institution, coded from its source field ("U.S.
// Department of State" -> USAGOV) when that names one actor; else empty.
std::string Coder::Impl::institution(const Story& story, const Settings& st) const {
  if (story.source.empty()) return "";
  Story side;
  AnalyzedStory a = analyze_side_text(story, story.source, &side);
  if (a.sentences.size() != 1) return "";
  SentenceView view;
  view.tokens = &a.sentences[0].tokens;
  build_mentions(a.sentences[0], story.date.value_or(Date{}), st, &view);
  if (view.mentions.size() != 1 || view.mentions[0].codes.size() != 1) return "";
  return view.mentions[0].codes[0];
}

// Dyad: what the story says before its text -- its institution, its byline and
// the people its headline names ("Secretary Blinken and German Foreign Minister
// Baerbock at ..."), who are the participants later sentences and speaker
// labels refer to by surname or title. The headline yields no events here.
void Coder::Impl::prime_memory(const Story& story, const Settings& st, coder::StoryMemory* memory) const {
  memory->institution = institution(story, st);
  memory->byline.reserve(story.extra_json.size());
  for (char c : story.extra_json) memory->byline.push_back(internal::ascii_lower(c));
  if (story.title.empty()) return;
  Story side;
  AnalyzedStory a = analyze_side_text(story, story.title, &side);
  Date date = story.date.value_or(Date{});
  size_t first = memory->entities.size();
  for (const Sentence& s : a.sentences) {
    SentenceView view;
    view.tokens = &s.tokens;
    build_mentions(s, date, st, &view);
    coder::dyad_extend_mentions(*dict, s, date, memory, &view);
  }
  coder::dyad_mark_headline(first, memory);
  memory->turn = coder::Turn{};
}

// TABARI FORWARD: the actor a pronoun without antecedent takes in the next
// sentence -- the first actor written in this one (pronouns are not written
// actors), its first member only, without its agent.
std::optional<Mention> Coder::Impl::first_actor(const Sentence& s, const Date& date, const Settings& st) const {
  if (s.tokens.empty()) return std::nullopt;
  coder::SentenceMatches matches(*dict, s.tokens, kActorKinds | bit(MatchKind::kAgent));
  SentenceView view;
  view.tokens = &s.tokens;
  view.matches = &matches;
  build_mentions(s, date, st, &view);
  for (Mention& m : view.mentions) {
    if (!m.has_actor || m.actor_codes.empty()) continue;
    Mention out = m;
    out.codes.assign(1, m.actor_codes.front());
    out.actor_codes.resize(1);
    out.spans.resize(1);
    return out;
  }
  return std::nullopt;
}

std::vector<Event> Coder::code_analyzed(const AnalyzedStory& analyzed, const RecordOverrides* overrides) const {
  std::vector<Event> out;
  if (!analyzed.story) return out;
  Settings st = impl_->settings_for(overrides);
  coder::StoryMemory memory;
  if (st.profile == Profile::kDyad) {
    st.memory = &memory;
    if (st.story_reasoning) impl_->prime_memory(*analyzed.story, st, &memory);
  }
  Date date = analyzed.story->date.value_or(Date{});
  std::optional<Mention> forwarded;
  if (st.profile == Profile::kTabari && st.tabari.forward && overrides && overrides->previous &&
      coder::tabari_same_forward_story(st.tabari.forward_mask, overrides->previous->id, analyzed.story->id)) {
    AnalyzedStory prev = impl_->frontend->analyze(*overrides->previous, impl_->options.code_titles);
    if (!prev.sentences.empty()) forwarded = impl_->first_actor(prev.sentences.back(), date, st);
  }
  for (const Sentence& s : analyzed.sentences) {
    st.forwarded = forwarded ? &*forwarded : nullptr;
    impl_->code_sentence(analyzed, s, st, &out);
    if (st.profile == Profile::kTabari && st.tabari.forward) {
      auto next = impl_->first_actor(s, date, st);
      if (next) forwarded = std::move(next);
    }
  }
  // Dyad profile: dates, places, reported speech, issues and the within-story merge (src/story).
  if (st.profile == Profile::kDyad && st.story_reasoning)
    reason_about_story(analyzed, *impl_->dict, Gazetteer::shared_default().get(), &out, impl_->codebook.get());
  return out;
}

std::vector<Event> Coder::code(const Story& story, const RecordOverrides* overrides) const {
  AnalyzedStory a = impl_->frontend->analyze(story, impl_->options.code_titles);
  return code_analyzed(a, overrides);
}

}  // namespace dyad
