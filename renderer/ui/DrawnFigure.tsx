// A key or a count shown beside a control's name but drawn by CSS from data-figure (styles.css
// .drawn-figure), so that it is seen without becoming part of the control's visible label: the
// label stays the accessible name, as voice control and axe's label-content-name-mismatch expect.
// The same information reaches assistive technology another way (aria-keyshortcuts, a description).
export function DrawnFigure({ figure, as: Tag = 'span', className = '' }: { figure: string; as?: 'span' | 'kbd'; className?: string }) {
  return <Tag aria-hidden="true" className={`drawn-figure ${className}`.trim()} data-figure={figure} />;
}
