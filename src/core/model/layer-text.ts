/**
 * The words of the layer tables in the current language: a kind's label
 * and help, and a setting's descriptor with its label, help and choices
 * translated. The tables in layer-kinds, shared-settings and activations
 * keep their English for code and tests; what the page shows and every
 * message made about a layer come through here, at the moment they are made.
 */
import { t } from '../../i18n';
import type { AnySetting } from '../settings';
import type { ActivationId, InitializerId, RegularizerId } from './activations';
import type { LayerKind, Padding } from './layer-spec';

/** A kind's name as the page shows it ("Dense", "MaxPooling2D"). */
export const layerKindLabel = (kind: LayerKind): string => t(`network:layers.${kind}.label`);

/** What a kind of layer does, in a sentence or two. */
export const layerKindHelp = (kind: LayerKind): string => t(`network:layers.${kind}.help`);

type Words = { label: string; help: string };

/** The words of one choice of a setting, by the setting's key; null for a choice with none. */
function choiceWords(settingKey: string, id: string): Words | null {
  switch (settingKey) {
    case 'activation': {
      const a = id as ActivationId;
      return {
        label: t(`network:activations.${a}.label`),
        help: t(`network:activations.${a}.help`),
      };
    }
    case 'init': {
      const i = id as InitializerId;
      return {
        label: t(`network:initializers.${i}.label`),
        help: t(`network:initializers.${i}.help`),
      };
    }
    case 'reg': {
      const r = id as RegularizerId;
      return {
        label: t(`network:regularizers.${r}.label`),
        help: t(`network:regularizers.${r}.help`),
      };
    }
    case 'padding': {
      const p = id as Padding;
      return { label: t(`network:padding.${p}.label`), help: t(`network:padding.${p}.help`) };
    }
    default:
      return null;
  }
}

const KERNEL_KEYS = new Set(['activation', 'init', 'useBias', 'reg', 'regRate']);

/** The label and help of setting `key` of a layer of `kind`. */
function settingWords(kind: LayerKind, key: string): Words {
  // Keys come from the layer tables; keys.test.ts checks that each has its words.
  if ((kind === 'dense' || kind === 'conv2d') && KERNEL_KEYS.has(key)) {
    const k = key as 'activation';
    return { label: t(`network:kernel.${k}.label`), help: t(`network:kernel.${k}.help`) };
  }
  if (kind === 'maxPool2d' || kind === 'avgPool2d') {
    const k = key as 'poolSize';
    return { label: t(`network:pool.${k}.label`), help: t(`network:pool.${k}.help`) };
  }
  const k = `${kind}.settings.${key}` as 'dense.settings.units';
  return { label: t(`network:layers.${k}.label`), help: t(`network:layers.${k}.help`) };
}

/** A setting of a layer of `kind` with its words in the current language. */
export function shownSetting(kind: LayerKind, setting: AnySetting): AnySetting {
  const words = settingWords(kind, setting.key);
  if (setting.type !== 'choice') return { ...setting, ...words };
  return {
    ...setting,
    ...words,
    options: setting.options.map((o) => ({ ...o, ...(choiceWords(setting.key, o.id) ?? {}) })),
  };
}
