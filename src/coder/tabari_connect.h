// TABARI disconnected actor phrases: in a TABARI actors file a blank between
// words lets other words come between them ("ITHILEN TELEVISION" matches
// "Ithilen state-run television"); '_' keeps them adjacent. The compiled trie
// matches adjacent words only, so the TABARI profile finds these phrases in a
// pass of its own: the actor is placed on the first word and the later words
// are used up (an actor found on one of them is dropped).
//
// Thread safety: pure functions over their arguments.
#ifndef DYAD_SRC_CODER_TABARI_CONNECT_H_
#define DYAD_SRC_CODER_TABARI_CONNECT_H_

#include <cstdint>
#include <vector>

#include "coder_internal.h"   // same folder: tests include this header by path
#include "dyad/dictionary.h"
#include "dyad/story.h"

namespace dyad::coder {

// An actor name whose words may be separated: actors[actor].names[phrase].
struct GappedPhrase {
  uint32_t actor = 0;
  uint32_t phrase = 0;
};

// The actor names of `set` with at least one gap, in dictionary order.
std::vector<GappedPhrase> tabari_gapped_phrases(const DictionarySet& set);

// Adds the gapped actor names found in the sentence to view->mentions (each
// name at its first occurrence) and re-indexes the view.
void tabari_connect_actors(const CompiledDictionary& dict, const std::vector<GappedPhrase>& phrases,
                           const Date& date, SentenceView* view);

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_TABARI_CONNECT_H_
