// When the document's lines move: the text's size changed (a reading width, a resized pane, a section
// of a long text laid out for the first time), or a class or style set on it laid it out anew, which
// may leave its size as it was (its wrapped lines reflowed into as many lines). What is placed by the
// lines (highlights, stripes, boundary handles, the window of codings drawn) is measured again then.

export type LayoutChange = 'resized' | 'restyled';

/**
 * Calls `onChange` whenever the text (or one of `alsoResized`, its scroller or pane) changes size, and
 * when a class or style is set on the text; returns what stops watching. Like any ResizeObserver, it
 * reports each element's size once as it starts.
 */
export function watchTextLayout(text: HTMLElement, onChange: (change: LayoutChange) => void, alsoResized: readonly Element[] = []): () => void {
  const resize = new ResizeObserver(() => onChange('resized'));
  resize.observe(text);
  for (const element of alsoResized) resize.observe(element);
  const restyle = new MutationObserver(() => onChange('restyled'));
  restyle.observe(text, { attributes: true, attributeFilter: ['class', 'style'] });
  return () => {
    resize.disconnect();
    restyle.disconnect();
  };
}
