import { LANGUAGES } from '../../core/learn/types';
import { LANGUAGE_NAMES, LEARN_TEXT } from '../../core/learn/ui-text';
import { setLanguage } from '../../store/actions/learn';
import { useLanguage } from './use-language';

/** English / 中文: two toggle buttons, the pressed one is the language shown. */
export function LanguageSwitch() {
  const { language, t } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t(LEARN_TEXT.language)}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-Hans' : 'en'}
          aria-pressed={language === l}
          onClick={() => setLanguage(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
