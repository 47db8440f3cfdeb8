/** Headers of a 201 answer for one created resource. */
export const locationHeader = {
  Location: {
    description: 'URL of the created resource (only when one Feature was posted)',
    schema: { type: 'string' },
  },
} as const;
