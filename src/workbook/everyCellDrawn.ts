/**
 * Cells below the fold are drawn only when they come into view: before reading the page (a
 * report, a link's aggregates), draw every cell (as printing does) and wait until the workbook
 * has been still for a moment (its analyses answered), at most a minute. `ondrawing` is called
 * when there was something to draw.
 */
export function everyCellDrawn(ondrawing: () => void, quietMs = 800, maxMs = 60_000): Promise<void> {
  const root = document.getElementById('workbook') ?? document.body;
  if (!root.querySelector('article[data-drawn="false"]')) return Promise.resolve();
  ondrawing();
  window.dispatchEvent(new Event('beforeprint'));
  return new Promise((resolve) => {
    let quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    function done() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    }
  });
}
