// Dyad-profile mentions: role-phrase inference, "the X side", locatives,
// appositive insertions and story-level coreference (see dyad_features.h).
#include <algorithm>
#include <array>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool capitalized_name(const Token& t) {
  return (t.pos == Pos::kNNP || t.pos == Pos::kNNPS) && (t.flags & kTokCapitalized) &&
         !(t.flags & kTokHyphenPart);
}

// True when an agent phrase ends exactly at token `end` inside [begin, end).
bool ends_with_agent(const CompiledDictionary& dict, const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k)
    for (const PhraseMatch& m : dict.match(toks, k, bit(MatchKind::kAgent)))
      if (m.end == end) return true;
  return false;
}

// The place kinds of a mention: true when the first actor match at its start
// is a city, a capital or a country name (something one can be "in").
bool is_place_mention(const CompiledDictionary& dict, const std::vector<Token>& toks, const Mention& m) {
  auto found = dict.match(toks, m.begin, bit(MatchKind::kActorName) | bit(MatchKind::kCapital) | bit(MatchKind::kCity));
  if (found.empty() || found.front().end != m.end) return false;
  const PhraseMatch& pm = found.front();
  if (pm.kind == MatchKind::kCity || pm.kind == MatchKind::kCapital) return true;
  return dict.set().actors[pm.index].kind == ActorKind::kCountry || dict.set().actors[pm.index].kind == ActorKind::kRegion;
}

// Why: "held a meeting in Gyeongju, South Korea" names where, not with whom;
// a place after a locative preposition is no participant (issue 5 takes it
// as the event's location instead).
void drop_locatives(const CompiledDictionary& dict, const std::vector<Token>& toks, std::vector<Mention>* ms) {
  std::vector<Mention> kept;
  uint32_t place_end = UINT32_MAX;   // end of the last dropped place ("Gyeongju" before ", South Korea")
  for (Mention& m : *ms) {
    bool locative = m.begin > 0 && one_of(toks[m.begin - 1].norm, {"in", "at", "near", "inside", "across"}) &&
                    m.codes.size() == 1 && is_place_mention(dict, toks, m);
    bool qualifier = place_end != UINT32_MAX && m.begin == place_end + 1 && toks[place_end].norm == "," &&
                     is_place_mention(dict, toks, m);
    if (locative || qualifier) {
      place_end = m.end;
      continue;
    }
    kept.push_back(std::move(m));
  }
  *ms = std::move(kept);
}

// A group of states or an international body: a code of several members
// from one dictionary entry, or an IGO code.
bool is_group(const Mention& m) {
  if (m.codes.size() == 1) return m.codes[0].compare(0, 3, "IGO") == 0;
  return m.rules.size() == 1;
}

// Why: "at the G7 summit", "G7 partners", "Quad countries' vaccine pledge":
// a group written as a noun modifier or after a locative names an occasion
// or a place, not an actor of the clause's verb (issue handcheck: 22 of 24
// sampled group events were wrong this way).
void drop_group_modifiers(const std::vector<Token>& toks, std::vector<Mention>* ms) {
  std::erase_if(*ms, [&](const Mention& m) {
    if (!is_group(m)) return false;
    bool locative = m.begin > 1 && toks[m.begin - 1].norm == "the" &&
                    one_of(toks[m.begin - 2].norm, {"at", "in", "on", "during", "ahead", "before", "after"});
    bool modifier = m.end < toks.size() && (toks[m.end].pos == Pos::kNN || toks[m.end].pos == Pos::kNNS);
    return modifier || (locative && m.end < toks.size() && toks[m.end].pos != Pos::kPOS);
  });
}

bool is_finite_or_participle_verb(Pos p) { return pos_is_verb(p) || p == Pos::kMD; }

// Why: in "Wang, also a member of the Political Bureau of the CPC Central
// Committee, made the appeal" the insertion describes Wang; actors named in
// a verbless comma insertion after a mention are not the clause's participants.
void drop_appositive_insertions(const std::vector<Token>& toks, std::vector<Mention>* ms,
                                const std::vector<int32_t>& cover) {
  std::vector<uint8_t> inside(toks.size(), 0);
  for (uint32_t i = 1; i < toks.size(); ++i) {
    if (toks[i].norm != "," || cover[i - 1] < 0) continue;
    uint32_t j = i + 1;
    bool verb = false;
    while (j < toks.size() && toks[j].norm != "," && toks[j].pos != Pos::kPeriod) {
      if (is_finite_or_participle_verb(toks[j].pos) && cover[j] < 0) verb = true;
      ++j;
    }
    if (j + 1 >= toks.size() || toks[j].norm != "," || verb) continue;
    if (!is_finite_or_participle_verb(toks[j + 1].pos)) continue;
    // A "Mark Carney, the prime minister, said" apposition keeps its head: only
    // the actors inside the insertion go.
    for (uint32_t k = i + 1; k < j; ++k) inside[k] = 1;
    i = j;
  }
  std::erase_if(*ms, [&](const Mention& m) { return inside[m.begin] != 0; });
}

// Role-phrase inference: "Canadian Foreign Minister Anita Anand", with
// Anand in no dictionary, is CANGOV; the name joins the mention.
void infer_role_names(const CompiledDictionary& dict, const std::vector<Token>& toks,
                      const std::vector<int32_t>& cover, std::vector<Mention>* ms) {
  for (Mention& m : *ms) {
    if (m.codes.size() != 1 || m.codes[0].size() <= 3) continue;
    if (!ends_with_agent(dict, toks, m.begin, m.end)) continue;
    uint32_t e = m.end;
    while (e < toks.size() && e - m.end < 3 && cover[e] < 0 && capitalized_name(toks[e])) ++e;
    if (e == m.end) continue;
    m.end = e;
    m.spans[0].end = toks[e - 1].span.end;
    m.rules.push_back("inferred:role-name");
  }
}

Mention make_mention(uint32_t begin, uint32_t end, const std::vector<Token>& toks, const std::vector<Entity>& refs,
                     const char* rule);

// Why: a press release names its own officials by title and name alone
// ("Deputy Secretary Sherman") and foreigners with a nationality ("Malawian
// President Chakwera"); a title and a name in no dictionary, with no country,
// is an official of the story's own institution. A name the story already
// tied to someone else is left to coreference.
void infer_institution_officials(const CompiledDictionary& dict, const std::vector<Token>& toks,
                                 const std::vector<int32_t>& cover, const StoryMemory& mem,
                                 std::vector<Mention>* added) {
  if (mem.institution.size() < 3) return;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (cover[i] >= 0 || (i > 0 && cover[i - 1] >= 0)) continue;
    auto agents = dict.match(toks, i, bit(MatchKind::kAgent));
    if (agents.empty() || !(toks[i].flags & kTokCapitalized)) continue;
    const PhraseMatch& am = agents.front();
    const auto& codes = dict.set().agents[am.index].codes;
    if (codes.empty() || codes.back().code != "GOV") continue;
    uint32_t e = am.end;
    while (e < toks.size() && e - am.end < 3 && cover[e] < 0 && capitalized_name(toks[e])) ++e;
    if (e == am.end || e - am.end < 1) continue;
    bool known = false;
    for (const Entity& ent : mem.entities)
      for (uint32_t w = am.end; w < e; ++w) known = known || (ent.person && !ent.name.empty() && ent.name.back() == toks[w].norm);
    if (known) continue;
    Entity inst;
    inst.code = mem.institution.substr(0, 3) + "GOV";
    added->push_back(make_mention(i, e, toks, {inst}, "inferred:institution-official"));
    added->back().antecedents.assign(1, std::nullopt);
    i = e - 1;
  }
}

// "the Canadian side", "the Chinese side" -> the country.
void extend_side(const std::vector<Token>& toks, std::vector<Mention>* ms) {
  for (Mention& m : *ms) {
    if (m.codes.size() != 1 || m.codes[0].size() != 3 || m.end >= toks.size()) continue;
    if (toks[m.end].norm != "side") continue;
    m.end += 1;
    m.spans[0].end = toks[m.end - 1].span.end;
  }
}

const Entity* resolve_person_pronoun(const StoryMemory& mem, Gender want, uint32_t sentence);

// "his Chinese counterpart", "their Canadian counterparts": the country with
// the sector of the person the possessive refers to (a foreign minister's
// counterpart is a foreign minister: CHN + GOV).
void extend_counterpart(const std::vector<Token>& toks, const StoryMemory& mem, uint32_t sentence,
                        std::vector<Mention>* ms) {
  for (Mention& m : *ms) {
    if (m.codes.size() != 1 || m.codes[0].size() != 3 || m.end >= toks.size() || m.begin == 0) continue;
    if (toks[m.end].norm != "counterpart" && toks[m.end].norm != "counterparts") continue;
    const Token& poss = toks[m.begin - 1];
    if (poss.pos != Pos::kPRPS) continue;
    Gender want = poss.norm == "his" ? Gender::kMale : poss.norm == "her" ? Gender::kFemale : Gender::kUnknown;
    const Entity* e = resolve_person_pronoun(mem, want, sentence);
    std::string sector = e && e->code.size() > 3 ? e->code.substr(3) : "GOV";
    m.codes[0] += sector;
    m.end += 1;
    m.spans[0].end = toks[m.end - 1].span.end;
    m.rules.push_back("coref:counterpart");
  }
}

Mention make_mention(uint32_t begin, uint32_t end, const std::vector<Token>& toks, const std::vector<Entity>& refs,
                     const char* rule) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.has_actor = true;
  for (const Entity& e : refs) {
    m.codes.push_back(e.code);
    m.spans.push_back({toks[begin].span.begin, toks[end - 1].span.end});
    m.antecedents.push_back(e.span);
  }
  m.rules.push_back(rule);
  return m;
}

bool gender_fits(Gender want, Gender have) { return want == Gender::kUnknown || have == Gender::kUnknown || want == have; }

// The pronoun's antecedent: the first fitting person of the most recent
// sentence that has one (the subject tends to come first: centering).
// Why: a pronoun reaches back a few sentences within one speaker's turn; a
// person or country named further back, or by someone else, is not its antecedent.
constexpr uint32_t kPronounReach = 2;

bool within_reach(const StoryMemory& mem, const Entity& e, uint32_t sentence) {
  if (mem.turn.active && e.sentence < mem.turn.first_sentence) return false;
  return e.sentence + kPronounReach >= sentence;
}

const Entity* resolve_person_pronoun(const StoryMemory& mem, Gender want, uint32_t sentence) {
  for (size_t k = mem.entities.size(); k > 0; --k) {
    const Entity& last = mem.entities[k - 1];
    if (!within_reach(mem, last, sentence)) return nullptr;
    if (!last.person || !gender_fits(want, last.gender)) continue;
    const Entity* first = &last;
    for (size_t j = k - 1; j > 0; --j) {
      const Entity& e = mem.entities[j - 1];
      if (e.sentence != last.sentence) break;
      if (e.person && gender_fits(want, e.gender)) first = &e;
    }
    return first;
  }
  return nullptr;
}

// "the two sides" and friends: the last group, else the last two distinct countries.
std::vector<Entity> resolve_pair(const StoryMemory& mem, bool persons, bool countries_only) {
  std::vector<Entity> pair;
  if (mem.last_group.size() == 2 && (!persons || (mem.last_group[0].person && mem.last_group[1].person))) {
    pair = mem.last_group;
  } else {
    for (size_t k = mem.entities.size(); k > 0 && pair.size() < 2; --k) {
      const Entity& e = mem.entities[k - 1];
      if (persons && !e.person) continue;
      bool seen = false;
      for (const Entity& p : pair) seen = seen || p.code.compare(0, 3, e.code, 0, 3) == 0;
      if (!seen) pair.push_back(e);
    }
    std::reverse(pair.begin(), pair.end());
  }
  if (pair.size() != 2) return {};
  if (countries_only)
    for (Entity& e : pair) e.code = e.code.substr(0, 3);
  return pair;
}

// Group nouns after "the two" / "both".
struct GroupNoun {
  std::string_view word;
  bool persons, countries_only;
};
constexpr std::array<GroupNoun, 12> kGroupNouns = {{
    {"leaders", true, false}, {"presidents", true, false}, {"ministers", true, false},
    {"premiers", true, false}, {"sides", false, false}, {"parties", false, false},
    {"governments", false, false}, {"countries", false, true}, {"nations", false, true},
    {"states", false, true}, {"neighbours", false, true}, {"neighbors", false, true},
}};

// Coreference over tokens no mention covers.
// The title words of `query` fit an entity's title (nationality left out):
// they open it and end it or come before "of" ("secretary" fits "secretary of
// state" but not "deputy secretary", "foreign secretary" or "secretary general").
bool title_fits(const std::vector<std::string>& query, const std::vector<std::string>& title) {
  if (query.empty() || title.size() < query.size()) return false;
  if (!std::equal(query.begin(), query.end(), title.begin())) return false;
  return query.size() == title.size() || title[query.size()] == "of";
}

// "the Secretary", "the foreign minister": the last person whose written
// title fits, else the last person whose code carries the title's sector.
const Entity* resolve_title(const StoryMemory& mem, const std::vector<std::string>& query, const std::string& sector) {
  for (size_t k = mem.entities.size(); k > 0; --k) {
    const Entity& e = mem.entities[k - 1];
    if (e.person && title_fits(query, e.title)) return &e;
  }
  for (size_t k = mem.entities.size(); k > 0; --k) {
    const Entity& e = mem.entities[k - 1];
    if (!e.person || !e.title.empty() || e.code.size() < sector.size() + 3) continue;
    if (e.code.compare(e.code.size() - sector.size(), sector.size(), sector) == 0) return &e;
  }
  return nullptr;
}

void resolve_references(const CompiledDictionary& dict, const std::vector<Token>& toks,
                        const std::vector<int32_t>& cover, const StoryMemory& mem, uint32_t sentence,
                        std::vector<Mention>* added) {
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (cover[i] >= 0) continue;
    const Token& t = toks[i];
    // "the two leaders", "both nations", "the two foreign ministers"
    if ((t.norm == "two" && i > 0 && toks[i - 1].norm == "the") || t.norm == "both") {
      uint32_t j = i + 1;
      if (j < toks.size() && one_of(toks[j].norm, {"foreign", "prime", "defence", "defense"})) ++j;
      if (j < toks.size() && cover[j] < 0) {
        for (const GroupNoun& g : kGroupNouns) {
          if (toks[j].norm != g.word) continue;
          auto pair = resolve_pair(mem, g.persons, g.countries_only);
          if (pair.empty()) break;
          uint32_t b = t.norm == "two" ? i - 1 : i;
          added->push_back(make_mention(b, j + 1, toks, pair, "coref:group"));
          i = j;
          break;
        }
      }
      continue;
    }
    // Pronouns: he/she (persons by gender), they (the group), it as a subject (a body or country).
    if (t.pos == Pos::kPRP && one_of(t.norm, {"he", "she"})) {
      const Entity* e = resolve_person_pronoun(mem, t.norm == "he" ? Gender::kMale : Gender::kFemale, sentence);
      if (e) added->push_back(make_mention(i, i + 1, toks, {*e}, "coref:pronoun"));
      continue;
    }
    if (t.pos == Pos::kPRP && t.norm == "they" && mem.last_group.size() >= 2 &&
        within_reach(mem, mem.last_group.front(), sentence)) {
      added->push_back(make_mention(i, i + 1, toks, mem.last_group, "coref:pronoun"));
      continue;
    }
    if (t.pos == Pos::kPRP && t.norm == "it" && i + 1 < toks.size() &&
        (pos_is_verb(toks[i + 1].pos) || toks[i + 1].pos == Pos::kMD) && toks[i + 1].pos != Pos::kVBG) {
      for (size_t k = mem.entities.size(); k > 0; --k) {
        const Entity& e = mem.entities[k - 1];
        if (!within_reach(mem, e, sentence)) break;
        if (e.person) continue;
        added->push_back(make_mention(i, i + 1, toks, {e}, "coref:pronoun"));
        break;
      }
      continue;
    }
    // Titles: "the foreign minister", "the president" -> the last person whose code carries the sector.
    if (t.norm == "the" && i + 1 < toks.size() && cover[i + 1] < 0) {
      auto agents = dict.match(toks, i + 1, bit(MatchKind::kAgent));
      if (!agents.empty()) {
        const PhraseMatch& am = agents.front();
        const DatedCode* dc = dict.set().agents[am.index].codes.empty() ? nullptr : &dict.set().agents[am.index].codes.back();
        if (dc && !dc->code.empty() && (am.end >= toks.size() || toks[am.end].norm != "of")) {
          std::vector<std::string> query;
          for (uint32_t w = am.begin; w < am.end; ++w) query.push_back(toks[w].norm);
          if (const Entity* e = resolve_title(mem, query, dc->code))
            added->push_back(make_mention(i, am.end, toks, {*e}, "coref:title"));
          i = am.end - 1;
          continue;
        }
      }
    }
    // Surnames and short forms: "Wang" -> Wang Yi, "Anand" -> Anita Anand.
    if (capitalized_name(t) || ((t.flags & kTokCapitalized) && (t.flags & kTokSentenceStart) && t.pos == Pos::kNNP)) {
      for (size_t k = mem.entities.size(); k > 0; --k) {
        const Entity& e = mem.entities[k - 1];
        if (!e.person || e.name.size() < 2) continue;
        if (t.norm != e.name.front() && t.norm != e.name.back()) continue;
        added->push_back(make_mention(i, i + 1, toks, {e}, "coref:name"));
        break;
      }
    }
  }
}

// The role words of a mention before its name ("Deputy Secretary of State"),
// without the nationality or body that qualifies them ("UK", "EEAS").
std::vector<std::string> title_words(const CompiledDictionary& dict, const std::vector<Token>& toks, uint32_t begin,
                                     uint32_t name) {
  constexpr uint32_t kQualifiers = bit(MatchKind::kActorName) | bit(MatchKind::kAdjective) | bit(MatchKind::kDemonym);
  std::vector<std::string> out;
  for (uint32_t w = begin; w < name; ++w) {
    auto q = dict.match(toks, w, kQualifiers);
    if (!q.empty() && q.front().end <= name) {
      w = q.front().end - 1;
      continue;
    }
    if (toks[w].norm != "the") out.push_back(toks[w].norm);
  }
  return out;
}

// Person actors (with name words and gender) inside a mention.
void remember(const CompiledDictionary& dict, const Sentence& s, const Mention& m, uint32_t sentence,
              StoryMemory* mem) {
  const auto& toks = s.tokens;
  std::vector<Entity> members;
  for (size_t k = 0; k < m.codes.size(); ++k) {
    Entity e;
    e.code = m.codes[k];
    e.span = k < m.antecedents.size() && m.antecedents[k] ? *m.antecedents[k] : m.spans[k];
    e.sentence = sentence;
    e.country = e.code.size() == 3;
    members.push_back(std::move(e));
  }
  // Find person names inside the mention; assign them to members in order.
  size_t member = 0;
  for (uint32_t i = m.begin; i < m.end && member < members.size(); ++i) {
    auto found = dict.match(toks, i, bit(MatchKind::kActorName));
    if (found.empty()) {
      if (toks[i].norm == "and" || toks[i].norm == ",") ++member;   // next compound member
      continue;
    }
    const PhraseMatch& pm = found.front();
    const Actor& a = dict.set().actors[pm.index];
    if (a.kind == ActorKind::kPerson && member < members.size()) {
      Entity& e = members[member];
      e.person = true;
      e.country = false;
      e.gender = a.gender;
      for (uint32_t w = pm.begin; w < pm.end; ++w) e.name.push_back(toks[w].norm);
      if (members.size() == 1) e.title = title_words(dict, toks, m.begin, pm.begin);
    }
    i = pm.end - 1;
  }
  // Role-inferred names (no dictionary entry): the capitalised words after the role.
  auto has_rule = [&](const char* r) { return std::find(m.rules.begin(), m.rules.end(), r) != m.rules.end(); };
  if (members.size() == 1 && !members[0].person &&
      (has_rule("inferred:role-name") || has_rule("inferred:institution-official"))) {
    Entity& e = members[0];
    e.person = true;
    e.country = false;
    // The name starts after the last role phrase ("Deputy Secretary" | "Sherman").
    uint32_t w = m.begin;
    for (uint32_t k = m.begin; k < m.end; ++k)
      for (const PhraseMatch& am : dict.match(toks, k, bit(MatchKind::kAgent)))
        if (am.end < m.end) w = std::max(w, am.end);
    for (uint32_t k = w; k < m.end; ++k)
      if (capitalized_name(toks[k])) e.name.push_back(toks[k].norm);
    e.title = title_words(dict, toks, m.begin, w);
  }
  // A resolved pronoun or surname keeps its antecedent's identity.
  if (!m.antecedents.empty()) {
    for (Entity& e : members) {
      for (const Entity& prev : mem->entities)
        if (prev.span == e.span) {
          Entity copy = prev;
          copy.sentence = sentence;
          e = copy;
          break;
        }
    }
  }
  // Why: "Albania and North Macedonia's accession process" names whose process,
  // not a party that acts; a possessive group is no antecedent for "they".
  auto genitive = [&](uint32_t i) { return i < toks.size() && (toks[i].pos == Pos::kPOS || toks[i].norm == "'s"); };
  bool possessive = genitive(m.end) || (m.end > m.begin && genitive(m.end - 1));
  if (members.size() >= 2 && !possessive) mem->last_group = members;
  for (Entity& e : members) mem->entities.push_back(std::move(e));
}

void rebuild_index(size_t ntok, SentenceView* view) {
  std::sort(view->mentions.begin(), view->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  view->mention_at.assign(ntok, -1);
  view->mention_cover.assign(ntok, -1);
  for (size_t k = 0; k < view->mentions.size(); ++k) {
    const Mention& m = view->mentions[k];
    view->mention_at[m.begin] = static_cast<int32_t>(k);
    for (uint32_t t = m.begin; t < m.end; ++t) view->mention_cover[t] = static_cast<int32_t>(k);
  }
}

}  // namespace

void dyad_mark_headline(size_t first, StoryMemory* memory) {
  auto shift = [](Entity& e) {
    e.span.begin += kHeadlineSpanOffset;
    e.span.end += kHeadlineSpanOffset;
  };
  for (size_t k = first; k < memory->entities.size(); ++k) shift(memory->entities[k]);
  for (Entity& e : memory->last_group)
    if (e.span.begin < kHeadlineSpanOffset) shift(e);
}

bool dyad_reciprocal(const std::string& code) {
  return code.size() >= 2 && (code.compare(0, 2, "04") == 0 || code.compare(0, 2, "05") == 0 ||
                              code.compare(0, 2, "06") == 0 || code.compare(0, 2, "03") == 0);
}

bool dyad_adjective_coordination(const std::vector<Token>& toks, size_t i) {
  const std::string& w = toks[i].norm;
  if (i == 0 || i + 1 >= toks.size() || (w != "," && w != "and" && w != "or")) return false;
  // Common nouns joined by and/or ("dialogue and communication with China") are one phrase.
  if (w != "," && (toks[i - 1].pos == Pos::kNN || toks[i - 1].pos == Pos::kNNS) &&
      (toks[i + 1].pos == Pos::kNN || toks[i + 1].pos == Pos::kNNS))
    return true;
  if (!pos_is_adjective(toks[i - 1].pos)) return false;
  // The next word is an adjective (or an adverb before one), and an adjective
  // run ends in a noun: "candid, in-depth and productive meeting".
  size_t j = i + 1;
  if (toks[j].pos == Pos::kRB || toks[j].pos == Pos::kCC) ++j;
  if (j >= toks.size() || !pos_is_adjective(toks[j].pos)) return false;
  while (j < toks.size() && (pos_is_adjective(toks[j].pos) || toks[j].norm == "," || toks[j].norm == "and")) ++j;
  return j < toks.size() && pos_is_noun(toks[j].pos);
}

bool dyad_extend_mentions(const CompiledDictionary& dict, const Sentence& s, const Date& /*date*/,
                          StoryMemory* memory, SentenceView* view) {
  const auto& toks = s.tokens;
  auto& ms = view->mentions;
  for (Mention& m : ms) m.antecedents.resize(m.codes.size());
  uint32_t label = dyad_read_turn(dict, s, *view, memory);
  if (memory->turn.question) {
    ms.clear();
    rebuild_index(toks.size(), view);
    return false;
  }
  // The label names the speaker; it is no participant of the sentence's verbs.
  std::erase_if(ms, [&](const Mention& m) { return m.begin < label; });
  drop_locatives(dict, toks, &ms);
  drop_group_modifiers(toks, &ms);
  rebuild_index(toks.size(), view);
  infer_role_names(dict, toks, view->mention_cover, &ms);
  extend_side(toks, &ms);
  extend_counterpart(toks, *memory, s.index, &ms);
  rebuild_index(toks.size(), view);
  std::vector<Mention> added;
  infer_institution_officials(dict, toks, view->mention_cover, *memory, &added);
  for (Mention& m : added) ms.push_back(std::move(m));
  added.clear();
  rebuild_index(toks.size(), view);
  resolve_references(dict, toks, view->mention_cover, *memory, s.index, &added);
  dyad_speaker_pronouns(toks, view->mention_cover, *memory, &added);
  std::erase_if(added, [&](const Mention& m) { return m.begin < label; });
  for (Mention& m : added) ms.push_back(std::move(m));
  rebuild_index(toks.size(), view);
  drop_appositive_insertions(toks, &ms, view->mention_cover);
  rebuild_index(toks.size(), view);
  for (const Mention& m : ms) remember(dict, s, m, s.index, memory);
  return true;
}

}  // namespace dyad::coder
