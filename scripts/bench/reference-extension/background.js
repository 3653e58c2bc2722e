// The bench's reference extension (see manifest.json): answers every message at once.
chrome.runtime.onMessage.addListener((_message, _sender, reply) => reply({ ok: true }));
// Opens its options page on install, as LockLens does, so the bench's browsers idle alike.
chrome.runtime.onInstalled.addListener(() => chrome.runtime.openOptionsPage());
