/**
 * The patch schemas fill defaults for properties the client left out (zod 4 applies `.default()` inside
 * `.partial()`), which would reset e.g. `staff` to 0 on a PATCH that only changes `status`. A PATCH changes
 * exactly the properties present in the request body, so the others are dropped here.
 */
export function onlySentProperties<P extends { properties?: object | undefined }>(
  patch: P,
  rawBody: unknown,
): P {
  if (patch.properties === undefined) return patch;
  const rawProperties =
    typeof rawBody === 'object' && rawBody !== null && 'properties' in rawBody
      ? rawBody.properties
      : undefined;
  const sent = new Set(
    typeof rawProperties === 'object' && rawProperties !== null ? Object.keys(rawProperties) : [],
  );
  const properties = Object.fromEntries(Object.entries(patch.properties).filter(([key]) => sent.has(key)));
  return { ...patch, properties };
}
