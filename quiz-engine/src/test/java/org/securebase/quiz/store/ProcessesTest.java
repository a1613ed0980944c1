package org.securebase.quiz.store;

/** The processes contract on an SQLite file: several processes writing one file at once. */
class ProcessesTest extends ProcessesContract {
    @Override
    StoreLocation location() {
        return new StoreLocation.Embedded(dir.resolve("results.db"));
    }

    @Override
    long count(String sql) throws Exception {
        return StoreFixtures.count(dir.resolve("results.db"), sql);
    }

    @Override
    String integrity() throws Exception {
        return StoreFixtures.integrity(dir.resolve("results.db"));
    }
}
