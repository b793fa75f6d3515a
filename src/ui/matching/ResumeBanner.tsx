import { answerResumeOffer } from '../../state/actions/mappingFileActions';
import { useAppStore } from '../../state/store';

/** Offers back the mapping saved locally the last time this checkpoint was open. */
export function ResumeBanner() {
  const offer = useAppStore((s) => s.resumeOffer);
  if (!offer) return null;
  return (
    <div className="resume-banner" role="region" aria-label="Saved work">
      <span>
        You have saved mapping work for this checkpoint from {new Date(offer.savedAt).toLocaleString()}.
      </span>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void answerResumeOffer(false)}>
          Discard
        </button>
        <button type="button" className="primary" onClick={() => void answerResumeOffer(true)}>
          Resume saved work
        </button>
      </div>
    </div>
  );
}
