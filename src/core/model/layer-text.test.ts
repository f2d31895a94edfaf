import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { defaultLayer, layerSettings } from './layer-kinds';
import { layerKindLabel, shownSetting } from './layer-text';
import { architectureLine, summarize, type NetworkIO } from './network-spec';
import { networkFixes } from './network-fixes';

const flat: NetworkIO = {
  inputShape: [2],
  task: { kind: 'classification', classNames: ['a', 'b'] },
};
const image: NetworkIO = { ...flat, inputShape: [28, 28, 1] };

describe('the words of the network editor', () => {
  afterEach(() => switchLanguage('en'));

  it('name layers, settings and choices in the language of the moment', () => {
    const units = layerSettings('dense').find((s) => s.key === 'units')!;
    const init = layerSettings('dense').find((s) => s.key === 'init')!;
    expect(shownSetting('dense', units).label).toBe('Units');
    switchLanguage('zh');
    expect(shownSetting('dense', units).label).toBe('单元数');
    const options = shownSetting('dense', init);
    expect(options.type === 'choice' && options.options[0]?.label).toBe('Glorot 均匀');
    expect(layerKindLabel('activation')).toBe('激活层');
    expect(architectureLine({ layers: [], binaryHead: 'softmax' })).toBe('（无隐藏层）');
  });

  it('word the messages about a stack when they are made', () => {
    const network = {
      layers: [{ ...defaultLayer('dense', 'a'), units: 0 }],
      binaryHead: 'softmax' as const,
    };
    expect(summarize(network, flat).rows[0]?.error).toMatch(/^Dense 1: Units /);
    switchLanguage('zh');
    expect(summarize(network, flat).rows[0]?.error).toMatch(/^Dense 1：单元数/);
    const onImage = { layers: [defaultLayer('dense', 'a')], binaryHead: 'softmax' as const };
    expect(summarize(onImage, image).rows[0]?.error).toBe(
      'Dense 1 需要扁平的输入，但收到的是 [28, 28, 1]。请在它之前添加一个 Flatten 层。',
    );
    expect(networkFixes(onImage, image, 'mnist').map((f) => f.label)).toEqual([
      '添加 Flatten',
      '改用 图像 MLP',
    ]);
  });
});
