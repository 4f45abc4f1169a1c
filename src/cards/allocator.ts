// resvg's native module draws each card on a new 1200 × 630 canvas (3 MB) from its own
// allocator, mimalloc, which by default hands freed memory back to the system within
// milliseconds. Every card then paid for 3 MB of fresh memory pages: about 10 ms per card on
// the 2-core build machine, a third of the budget. Keeping freed memory, and letting it use
// huge pages, lets each card reuse the last one's canvas (under 1 ms).
//
// mimalloc reads these settings once, when the native module loads: import this module
// before `@resvg/resvg-js`. The cards integration imports it too, because a build bundles the
// card code and would load resvg before this module's body ran. A value already set wins.
process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
