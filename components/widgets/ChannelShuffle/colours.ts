/** One hue per group, evenly spaced; mid lightness reads on the light and the dark theme. */
export const groupColour = (group: number, groups: number) => `hsl(${Math.round((group * 360) / groups + 200) % 360} 70% 52%)`;
