// What the keyboard can reach by Tab, as one selector: a tab panel asks whether it holds any (PanelTabs),
// a closing dialog looks for where the focus can go (focusAfterOpenerGone). A control taken out of the
// Tab order (tabindex="-1": a collection's rows but the current one, a popover's hidden dismiss button)
// is not reachable.
const CONTROLS = ['a[href]', 'button:not([disabled])', 'input:not([disabled]):not([type="hidden"])', 'select:not([disabled])', 'textarea:not([disabled])', '[contenteditable]:not([contenteditable="false"])', '[tabindex]'];

export const TABBABLE = CONTROLS.map((control) => `${control}:not([tabindex="-1"])`).join(', ');
