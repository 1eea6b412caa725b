/** Every word LossExplorer itself shows (its parts have their own strings). */
export const S = {
  unknownPart: (part: string, parts: readonly string[]) =>
    `LossExplorer has no part called "${part}". Use one of: ${parts.join(', ')}.`,
};
