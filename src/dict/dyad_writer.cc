// Canonical writer for dyad's text format ("decompile").
//
// Canonical form (docs/dictionaries.md, "Canonical form"): keywords in column
// 1, continuation lines indented by two blanks, one blank between fields,
// " | " between phrases, notes last in double quotes; manifest keys padded to
// ten columns. Entries of dyad files are written back to their own file in
// source order, with their comment and blank lines, so a canonical file is
// reproduced byte for byte; entries from elsewhere (peer files) go to one file
// per kind. With WriteOptions::provenance, a line whose entry was defined at
// another place ends with `@FILE:LINE:COL` so that reading it back restores
// the entry's source exactly.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <tuple>

#include "dict/dict_internal.h"

namespace dyad {

namespace {

using internal::escape_text;
using internal::phrase_list_to_text;

constexpr uint32_t kNoFile = 0xFFFFFFFFu;

std::string quote_note(const std::string& note) { return "\"" + escape_text(note) + "\""; }

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// One output file being written.
class FileWriter {
 public:
  FileWriter(const DictionarySet& set, uint32_t file, const WriteOptions& opt) : set_(set), file_(file), opt_(opt) {
    for (const auto& t : set.trivia) {
      if (t.src.file != file || file == kNoFile) continue;
      if (t.src.column == 1) whole_.push_back(&t);
      else trailing_.push_back(&t);
    }
    auto by_line = [](const DictionarySet::Trivia* a, const DictionarySet::Trivia* b) {
      return a->src.line < b->src.line;
    };
    std::stable_sort(whole_.begin(), whole_.end(), by_line);
  }

  // Writes one line for an entry defined at `src` (nullptr: no source).
  void line(const EntrySource* src, int indent, const std::string& text) {
    bool own = src && src->file == file_ && file_ != kNoFile && src->line != 0;
    uint32_t orig = 0;  // the line this one had in the source file
    if (own) {
      flush_before(src->line);
      orig = src->line;
    } else if (file_ != kNoFile) {
      // A line without a source of its own (iso, code, forms, manifest keys)
      // followed the line before it: comments that sat right after that line come first.
      while (next_ < whole_.size() && whole_[next_]->src.line <= cursor_ + 1) {
        cursor_ = whole_[next_]->src.line;
        raw(whole_[next_++]->text);
      }
      orig = cursor_ + 1;
    }
    if (orig) cursor_ = orig;
    std::string l(static_cast<size_t>(indent), ' ');
    l += text;
    ++line_no_;
    EntrySource here{file_, line_no_, static_cast<uint32_t>(indent + 1)};
    if (opt_.provenance && src && src->line != 0 && src->file < set_.files.size() &&
        (src->file != here.file || src->line != here.line || src->column != here.column)) {
      l += " @" + set_.files[src->file] + ":" + std::to_string(src->line) + ":" + std::to_string(src->column);
    }
    if (orig) l += take_trailing(orig);
    out_ += l;
    out_ += '\n';
  }

  void flush_before(uint32_t line) {
    while (next_ < whole_.size() && whole_[next_]->src.line < line) {
      cursor_ = whole_[next_]->src.line;
      raw(whole_[next_++]->text);
    }
  }
  void flush_all() {
    flush_before(0xFFFFFFFFu);
    for (const auto* t : trailing_) {  // comments whose entry line is gone
      if (!used_trailing_.contains(t)) raw(t->text.substr(std::min(t->text.find('#'), t->text.size())));
    }
  }
  void raw(const std::string& text) {
    out_ += text;
    out_ += '\n';
    ++line_no_;
  }
  std::string& text() { return out_; }

 private:
  std::string take_trailing(uint32_t line) {
    for (const auto* t : trailing_) {
      if (t->src.line == line && !used_trailing_.contains(t)) {
        used_trailing_.insert(t);
        return t->text;
      }
    }
    return "";
  }

  const DictionarySet& set_;
  uint32_t file_;
  const WriteOptions& opt_;
  std::vector<const DictionarySet::Trivia*> whole_, trailing_;
  std::set<const DictionarySet::Trivia*> used_trailing_;
  size_t next_ = 0;
  uint32_t cursor_ = 0;   // source line of the last line written from this file
  uint32_t line_no_ = 0;
  std::string out_;
};

std::string role_text(const DatedCode& c) {
  std::string t = "role " + c.code;
  if (c.range) t += " " + internal::range_to_text(*c.range);
  if (c.range || c.confidence == Confidence::kApproximate)
    t += c.confidence == Confidence::kApproximate ? " approximate" : " exact";
  if (!c.note.empty()) t += " " + quote_note(c.note);
  return t;
}

const char* actor_keyword(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kPerson: return "person";
    case ActorKind::kRegion: return "region";
    default: return "actor";
  }
}

void write_actor(const Actor& a, FileWriter* w) {
  std::string head = actor_keyword(a.kind);
  bool has_default = a.kind != ActorKind::kPerson && a.compound.empty() && internal::header_default(a.codes);
  std::string note;
  if (a.kind != ActorKind::kPerson) {
    std::string code = "?";
    if (!a.compound.empty()) {
      code.clear();
      for (const auto& c : a.compound) code += (code.empty() ? "" : "/") + c;
    } else if (has_default) {
      code = a.codes.back().code;
      note = a.codes.back().note;
    }
    head += " " + code;
  }
  head += " " + phrase_list_to_text(a.names);
  if (!note.empty()) head += " " + quote_note(note);
  w->line(&a.src, 0, head);
  if (a.kind == ActorKind::kCountry) {
    if (!a.iso2.empty() || !a.iso3.empty()) w->line(nullptr, 2, "iso " + a.iso2 + " " + a.iso3 + " " + a.iso_numeric);
    const std::pair<const char*, const std::vector<Phrase>*> lists[] = {
        {"adjective", &a.adjectives}, {"demonym", &a.demonyms}, {"capital", &a.capitals}, {"city", &a.cities}};
    for (const auto& [kw, list] : lists) {
      if (!list->empty()) w->line(nullptr, 2, std::string(kw) + " " + phrase_list_to_text(*list));
    }
  }
  if (a.kind == ActorKind::kPerson && a.gender != Gender::kUnknown)
    w->line(nullptr, 2, a.gender == Gender::kMale ? "gender male" : "gender female");
  size_t n = a.codes.size() - (has_default ? 1 : 0);
  for (size_t i = 0; i < n; ++i) w->line(&a.codes[i].src, 2, role_text(a.codes[i]));
}

void write_agent(const Agent& a, FileWriter* w) {
  bool has_default = internal::header_default(a.codes);
  std::string code = has_default ? a.codes.back().code : "?";
  std::string head = "agent " + (a.prefix ? code + "~" : "~" + code) + " " + phrase_list_to_text(a.phrases);
  w->line(&a.src, 0, head);
  size_t n = a.codes.size() - (has_default ? 1 : 0);
  for (size_t i = 0; i < n; ++i) w->line(&a.codes[i].src, 2, role_text(a.codes[i]));
}

void write_verb(const Verb& v, FileWriter* w) {
  w->line(&v.src, 0, "verb " + phrase_list_to_text(v.lemmas));
  std::string first = v.lemmas.empty() ? "" : join_words(v.lemmas[0].words);
  if (v.block != first) w->line(nullptr, 2, "block " + v.block);
  if (v.verb_word != 0) w->line(nullptr, 2, "inflect " + std::to_string(v.verb_word + 1));
  if (!v.code.code.empty() || !v.code.paired.empty() || v.code.strength != CodeStrength::kPlain)
    w->line(nullptr, 2, "code " + internal::code_spec_to_text(v.code));
  if (!v.forms.empty()) {
    std::string f;
    for (const auto& form : v.forms) f += (f.empty() ? "" : " | ") + escape_text(form);
    w->line(nullptr, 2, "forms " + f);
  }
  for (const auto& p : v.patterns) {
    std::string t = "- " + internal::pattern_tokens_to_text(p.tokens) + " => " + internal::code_spec_to_text(p.code);
    if (!p.note.empty()) t += " " + quote_note(p.note);
    w->line(&p.src, 2, t);
  }
}

// An entry to place in an output file.
struct Item {
  uint32_t line = 0, column = 0;   // source position when it comes from this file
  int order = 0;                   // kind, for a stable order of items on one line
  size_t index = 0;
  std::function<void(FileWriter*)> write;
};

std::string kind_file(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "countries.txt";
    case ActorKind::kPerson: return "people.txt";
    default: return "actors.txt";
  }
}

class SetWriter {
 public:
  SetWriter(const DictionarySet& set, const WriteOptions& opt) : set_(set), opt_(opt) {}

  std::map<std::string, std::string> run() {
    for (size_t i = 0; i < set_.files.size(); ++i) {
      if (is_dyad(static_cast<uint32_t>(i))) files_[set_.files[i]];  // keep comment-only files
    }
    collect();
    std::map<std::string, std::string> out;
    for (auto& [name, items] : files_) {
      if (name == "manifest.txt") continue;
      out[name] = write_file(name, &items);
    }
    out["manifest.txt"] = write_manifest();
    return out;
  }

 private:
  bool is_dyad(uint32_t file) const {
    return file < set_.file_formats.size() && set_.file_formats[file] == "dyad" && file < set_.files.size();
  }

  void add(const EntrySource& src, const std::string& fallback, int order, size_t index,
           std::function<void(FileWriter*)> write) {
    Item it{0, 0, order, index, std::move(write)};
    std::string file = fallback;
    if (is_dyad(src.file) && src.line != 0 && set_.files[src.file] != "manifest.txt") {
      file = set_.files[src.file];
      it.line = src.line;
      it.column = src.column;
    }
    files_[file].push_back(std::move(it));
  }

  void collect() {
    for (size_t i = 0; i < set_.actors.size(); ++i)
      add(set_.actors[i].src, kind_file(set_.actors[i].kind), 0, i,
          [this, i](FileWriter* w) { write_actor(set_.actors[i], w); });
    for (size_t i = 0; i < set_.agents.size(); ++i)
      add(set_.agents[i].src, "agents.txt", 1, i, [this, i](FileWriter* w) { write_agent(set_.agents[i], w); });
    for (size_t i = 0; i < set_.synsets.size(); ++i)
      add(set_.synsets[i].src, "verbs.txt", 2, i, [this, i](FileWriter* w) {
        const auto& s = set_.synsets[i];
        w->line(&s.src, 0, "synset &" + s.name + (s.members.empty() ? "" : " " + phrase_list_to_text(s.members)));
      });
    for (size_t i = 0; i < set_.verbs.size(); ++i)
      add(set_.verbs[i].src, "verbs.txt", 3, i, [this, i](FileWriter* w) { write_verb(set_.verbs[i], w); });
    for (size_t i = 0; i < set_.transformations.size(); ++i)
      add(set_.transformations[i].src, "verbs.txt", 4, i, [this, i](FileWriter* w) {
        const auto& t = set_.transformations[i];
        w->line(&t.src, 0, "transform " + t.pattern + " => " + t.result);
      });
    for (size_t i = 0; i < set_.time_shifts.size(); ++i)
      add(set_.time_shifts[i].src, "verbs.txt", 5, i, [this, i](FileWriter* w) {
        const auto& t = set_.time_shifts[i];
        w->line(&t.src, 0, "time " + internal::phrase_to_text(t.phrase) + " => " + std::to_string(t.days));
      });
    collect_discards();
    collect_issues();
    for (size_t i = 0; i < set_.ontology.size(); ++i)
      add(set_.ontology[i].src, "ontology.txt", 8, i, [this, i](FileWriter* w) {
        const auto& o = set_.ontology[i];
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%X", o.value);
        w->line(&o.src, 0, "ontology " + o.code + " " + hex);
      });
    for (size_t i = 0; i < set_.options.size(); ++i)
      files_["options.txt"].push_back(
          Item{0, 0, 9, i, [this, i](FileWriter* w) { w->line(nullptr, 0, "option " + escape_text(set_.options[i])); }});
  }

  // Consecutive discards from one line are written back as one line.
  void collect_discards() {
    const auto& d = set_.discards;
    for (size_t i = 0; i < d.size();) {
      size_t j = i + 1;
      while (j < d.size() && d[j].src.line != 0 && d[j].src.file == d[i].src.file && d[j].src.line == d[i].src.line &&
             d[j].src.column == d[i].src.column && d[j].story_level == d[i].story_level)
        ++j;
      add(d[i].src, "discards.txt", 6, i, [this, i, j](FileWriter* w) {
        std::vector<Phrase> list;
        for (size_t k = i; k < j; ++k) list.push_back(set_.discards[k].phrase);
        std::string scope = set_.discards[i].story_level ? "story " : "sentence ";
        w->line(&set_.discards[i].src, 0, "discard " + scope + phrase_list_to_text(list));
      });
      i = j;
    }
  }

  void collect_issues() {
    const auto& d = set_.issues;
    for (size_t i = 0; i < d.size();) {
      size_t j = i + 1;
      while (j < d.size() && d[j].src.line != 0 && d[j].src.file == d[i].src.file && d[j].src.line == d[i].src.line &&
             d[j].src.column == d[i].src.column && d[j].ignore == d[i].ignore && d[j].code == d[i].code)
        ++j;
      add(d[i].src, "issues.txt", 7, i, [this, i, j](FileWriter* w) {
        std::vector<Phrase> list;
        for (size_t k = i; k < j; ++k) list.push_back(set_.issues[k].phrase);
        const auto& first = set_.issues[i];
        w->line(&first.src, 0,
                "issue " + first.code + (first.ignore ? " ignore " : " ") + phrase_list_to_text(list));
      });
      i = j;
    }
  }

  uint32_t file_index(const std::string& name) const {
    for (size_t i = 0; i < set_.files.size(); ++i) {
      if (set_.files[i] == name) return static_cast<uint32_t>(i);
    }
    return kNoFile;
  }

  std::string write_file(const std::string& name, std::vector<Item>* items) {
    // Items from this file first, in source order; then the rest in model order.
    std::stable_sort(items->begin(), items->end(), [](const Item& a, const Item& b) {
      bool fa = a.line != 0, fb = b.line != 0;
      if (fa != fb) return fa;
      if (!fa) return std::tie(a.order, a.index) < std::tie(b.order, b.index);
      return std::tie(a.line, a.column, a.order, a.index) < std::tie(b.line, b.column, b.order, b.index);
    });
    FileWriter w(set_, file_index(name), opt_);
    for (const auto& it : *items) it.write(&w);
    w.flush_all();
    return std::move(w.text());
  }

  std::string write_manifest() {
    FileWriter w(set_, file_index("manifest.txt"), opt_);
    auto key = [&w](const std::string& k, const std::string& v) {
      std::string pad = k;
      pad.resize(std::max<size_t>(k.size() + 1, 10), ' ');
      w.line(nullptr, 0, pad + v);
    };
    if (!set_.manifest.name.empty()) key("name", set_.manifest.name);
    key("codebook", codebook_name(set_.manifest.codebook));
    if (!set_.manifest.version.empty()) key("version", set_.manifest.version);
    for (size_t i = 0; i < set_.files.size(); ++i) {
      if (is_dyad(static_cast<uint32_t>(i))) continue;
      std::string format = i < set_.file_formats.size() && !set_.file_formats[i].empty() ? set_.file_formats[i] : "unknown";
      key("source", format + " " + set_.files[i]);
    }
    w.flush_all();
    return std::move(w.text());
  }

  const DictionarySet& set_;
  const WriteOptions& opt_;
  std::map<std::string, std::vector<Item>> files_;
};

}  // namespace

std::map<std::string, std::string> write_dyad_set(const DictionarySet& set, const WriteOptions& opt) {
  return SetWriter(set, opt).run();
}

Status write_dyad_dir(const DictionarySet& set, const std::string& dir, const WriteOptions& opt) {
  namespace fs = std::filesystem;
  for (const auto& [name, text] : write_dyad_set(set, opt)) {
    fs::path p = fs::path(dir) / name;
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::binary);
    out << text;
    if (!out) return Status(ErrorCode::kIoError, "cannot write '" + p.string() + "'");
  }
  return Status::Ok();
}

}  // namespace dyad
