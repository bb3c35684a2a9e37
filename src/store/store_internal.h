// Internals shared by the store's source files: the Store's state and the
// filter-to-SQL compiler.
#ifndef DYAD_STORE_STORE_INTERNAL_H_
#define DYAD_STORE_STORE_INTERNAL_H_

#include <memory>
#include <string>

#include "dyad/store.h"
#include "store/db.h"

namespace dyad {

struct Store::Impl {
  std::unique_ptr<store::Db> db;
  StoreOptions options;
  // The runs row of the last RunInfo written, to avoid one lookup per story.
  std::string run_key;
  int64_t run_pk = 0;
  // Batched writing (Store::begin_batch): `batch` is set while a batch is
  // open, `in_transaction` once its write transaction has begun.
  bool batch = false;
  bool in_transaction = false;
  bool temp_in_memory = false;   // SQLite batch settings made (temp_store=MEMORY, 32 MB page cache)
  // SQLite: the stories of the open batch whose full-text rows are still to
  // be written (at commit_batch, outside any savepoint). FTS5 flushes its
  // pending terms to a new segment at every savepoint, so indexing each
  // story inside its own savepoint made one segment per story, and their
  // merges cost more than the rest of the store together.
  std::vector<int64_t> fts_pending;

  bool pg() const { return db->backend() == store::Backend::kPostgres; }
  // Starts a write transaction that excludes other writers (merge decisions
  // must see every committed event: SQLite BEGIN IMMEDIATE; PostgreSQL a
  // transaction-level advisory lock).
  Status begin_write();
  Status commit();
  void rollback();
};

namespace store {

// Creates the schema or applies the migrations it lacks.
Status migrate(Db& db);

// A filter compiled to a WHERE clause over `events e` (empty when no
// condition) and its parameters, appended to *params in order.
std::string compile_where(const EventFilter& f, Backend backend, Params* params);

// The exclusive upper bound of a code prefix ("CHN" -> "CHO").
std::string prefix_end(std::string_view prefix);

// The events columns read into StoredEvent, in order (see read_stored_event).
extern const char* const kEventColumns;
}  // namespace store

}  // namespace dyad

#endif  // DYAD_STORE_STORE_INTERNAL_H_
