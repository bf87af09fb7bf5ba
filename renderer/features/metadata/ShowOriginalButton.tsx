// "Show original": opens the file a document was imported from with the system's viewer. One button
// for the Library table and the Document info panel, so that both behave and explain alike. A document
// made in the app (the sample project's) has no stored file: the button stays focusable, marked
// disabled, and says why when pressed, so that a keyboard or screen-reader user can find out.
import type { DocumentRecord } from '../../../shared/model';
import { call } from '../../api';
import { useAnnounce } from '../../ui/Announcer';

interface ShowOriginalButtonProps {
  doc: DocumentRecord;
  /** The accessible name where "Show original" alone is ambiguous (one per row of a table). */
  label?: string;
}

export function ShowOriginalButton({ doc, label }: ShowOriginalButtonProps) {
  const announce = useAnnounce();
  const noOriginal = doc.storedName === '';
  const show = () => {
    if (noOriginal) {
      announce(`“${doc.title}” has no original file: it was not imported from a file (the sample project’s texts, for example).`);
      return;
    }
    // Main may show the file in its folder instead of opening it (a web page would run its scripts), and says why.
    call('showOriginal', doc.storedName)
      .then((shown) => shown.opened || announce(shown.message))
      .catch((error: unknown) => announce(`Could not show the original of “${doc.title}”: ${(error as Error).message}`));
  };
  return (
    <button
      type="button"
      aria-label={label}
      aria-disabled={noOriginal || undefined}
      title={noOriginal ? 'No original file: this document was not imported from a file.' : 'Open the original file with the system’s viewer'}
      onClick={show}
    >
      Show original
    </button>
  );
}
