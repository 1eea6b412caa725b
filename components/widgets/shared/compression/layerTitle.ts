/** How the pruning and quantisation widgets name a kernel of the course network. No React. */

/** "conv 3×3 (layer 1)" or "dense 784→64 (layer 4)": only the index and the kind, from the kernel's name and shape. */
export function layerTitle(name: string, shape: number[]): string {
  const index = Number(name.split('.')[0]) + 1;
  return shape.length === 4 ? `conv ${shape[0]}×${shape[1]} (layer ${index})` : `dense ${shape[0]}→${shape[1]} (layer ${index})`;
}
