// Renderer modules run under Node with an in-memory IndexedDB. It must be installed before Dexie is
// first imported, because Dexie looks up `indexedDB` when its module loads.
import 'fake-indexeddb/auto';
