// The coding tools above the text: the quick-code palette, in-vivo coding, coding the whole document,
// each with its key shown, and the palette itself when it is open; then the reading controls the
// workspace passes as children.
import type { ReactNode } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { QuickCodePalette } from './QuickCodePalette';
import type { useCodingTools } from './useCodingTools';
import { ariaKeys, shownKeys } from '../../commands/shownKeys';

interface CodingToolbarProps {
  tools: ReturnType<typeof useCodingTools>;
  codes: readonly CodeRecord[];
  /** Further controls (reading width, reflow), each self-contained. */
  children?: ReactNode;
}

const PALETTE_LABELS = { passage: 'Quick code', document: 'Code whole document', recode: 'Recode' } as const;

export function CodingToolbar({ tools, codes, children }: CodingToolbarProps) {
  const { palette } = tools;
  // Recoding offers every code but the one the coding has.
  const recodeFrom = palette?.mode.kind === 'recode' ? palette.mode.coding.codeId : null;
  return (
    <div className="coding-tools">
      <button
        type="button"
        aria-keyshortcuts={`${ariaKeys('CmdOrCtrl+K')} /`}
        onClick={(event) => tools.openPalette('passage', event.currentTarget)}
        // Opening from here must still code the passage selected in the text.
        onMouseDown={(event) => event.preventDefault()}
      >
        Quick code… <kbd aria-hidden="true">{shownKeys('CmdOrCtrl+K')}</kbd>
      </button>
      <button type="button" aria-keyshortcuts={ariaKeys('CmdOrCtrl+I')} onMouseDown={(event) => event.preventDefault()} onClick={tools.inVivo}>
        Code in vivo <kbd aria-hidden="true">{shownKeys('CmdOrCtrl+I')}</kbd>
      </button>
      <button type="button" onClick={(event) => tools.openPalette('document', event.currentTarget)}>
        Code whole document…
      </button>
      <p className="meta coding-tools-hint" id="boundary-keys-hint">
        On a coding: <kbd>Alt+Shift+←/→</kbd> moves its nearer end by a word, with <kbd>Ctrl</kbd> by a character.
      </p>
      {children}
      {palette ? (
        <QuickCodePalette
          key={palette.mode.kind}
          label={PALETTE_LABELS[palette.mode.kind]}
          codes={recodeFrom ? codes.filter((c) => c.id !== recodeFrom) : codes}
          recentIds={tools.recentIds}
          position={palette.position}
          allowCreate={palette.mode.kind === 'passage'}
          onApply={tools.paletteApply}
          onCreate={tools.paletteCreate}
          onClose={tools.closePalette}
        />
      ) : null}
    </div>
  );
}
