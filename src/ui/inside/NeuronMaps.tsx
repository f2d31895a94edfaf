/** Per-neuron activation maps over the input plane, for small MLPs on 2-D data. */
export function NeuronMaps() {
  return null;
}
