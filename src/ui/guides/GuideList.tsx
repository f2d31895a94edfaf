import { GUIDES } from '../../core/guides/guides';
import { startGuide } from '../../store/actions/guides';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

/** Every recipe, each with a button that sets it up. */
export function GuideList() {
  const running = useStore(selectIsRunning);
  return (
    <>
      <p className="guides-intro">
        Each recipe sets up data, a network and settings in one click, then walks you through it.
        Steps tick themselves when the app sees you have done them.
      </p>
      <ul className="guides-list" aria-label="Recipes">
        {GUIDES.map((g) => (
          <li key={g.id}>
            <h3 id={`guide-${g.id}`}>{g.title}</h3>
            <p>{g.summary}</p>
            <button
              type="button"
              aria-describedby={`guide-${g.id}`}
              disabled={running}
              onClick={() => void startGuide(g.id)}
            >
              Start
            </button>
          </li>
        ))}
      </ul>
      {running && <p className="guides-intro">Stop training to start a recipe.</p>}
    </>
  );
}
