import { useTranslation } from '../../i18n/react';
import { setBoundaryView } from '../../store/actions/boundary';

/** Back from a hidden unit shown on the data plot to the model's output. */
export function ShowOutputButton() {
  const { t } = useTranslation('inside');
  return (
    <button
      type="button"
      className="link"
      onClick={() => setBoundaryView({ neuron: null, hover: null })}
    >
      {t('neurons.showOutput')}
    </button>
  );
}
