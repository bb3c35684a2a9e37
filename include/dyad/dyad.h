// dyad: news stories in, coded political events out.
//
// Usage, from reading stories to analysed sentences (the coding engine adds
// dyad::Coder on top of this, turning an AnalyzedStory into dyad::Event
// records that an EventSink writes):
//
//   #include "dyad/dyad.h"
//
//   auto frontend = dyad::FrontEnd::load();             // shared, immutable
//   if (!frontend.ok()) return die(frontend.status());
//   auto inputs = dyad::open_inputs({"examples/"}, dyad::InputOptions{});
//   if (!inputs.ok()) return die(inputs.status());
//   dyad::ReadItem item;
//   while ((*inputs)->next(&item)) {
//     if (item.error) { report(*item.error); continue; }   // one bad record never stops the rest
//     dyad::AnalyzedStory a = (*frontend)->analyze(*item.story, /*code_titles=*/false);
//     for (const dyad::Sentence& s : a.sentences) use(s);  // spans are byte offsets into the story
//   }
//
// Threading: FrontEnd and CompiledDictionary objects are immutable after
// loading and may be shared by any number of threads; readers and sinks are
// used by one thread at a time.
#ifndef DYAD_DYAD_H_
#define DYAD_DYAD_H_

#include "dyad/coder_options.h"
#include "dyad/dictionary.h"
#include "dyad/event.h"
#include "dyad/frontend.h"
#include "dyad/reader.h"
#include "dyad/sink.h"
#include "dyad/status.h"
#include "dyad/story.h"

#endif  // DYAD_DYAD_H_
