/** Histograms of each layer's weights and biases per epoch, and the first Conv2D layer's filters. */
export function WeightViews() {
  return null;
}
