// Fuzz target: dyad's dictionary text reader, then compile, binary reload and
// the decompile round trip. Any input must give diagnostics, never a crash,
// and whatever loads must survive compile -> bytes -> load unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  dyad::DictionarySet set;
  std::vector<dyad::Diagnostic> diags;
  dyad::read_dyad_text(text, "fuzz.txt", &set, &diags);
  (void)dyad::lint(set);
  dyad::DictionaryBuilder b;
  b.add_set(set);
  auto d = b.compile();
  if (!d.ok()) std::abort();
  auto again = dyad::CompiledDictionary::from_bytes((*d)->bytes());
  if (!again.ok() || (*again)->bytes() != (*d)->bytes()) std::abort();
  // The binary reader must refuse damaged input cleanly.
  (void)dyad::CompiledDictionary::from_bytes(text);
  (void)dyad::write_dyad_set((*d)->set());
  return 0;
}
