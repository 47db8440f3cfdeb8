import { z } from 'zod';

const lang = z.enum(['id', 'en']);

export const DispatchMessageQuery = z.strictObject({
  lang: lang.default('id').meta({ description: 'Language of the message (Bahasa Indonesia by default)' }),
});

/** The message a dispatcher sends by WhatsApp or SMS, with a wa.me link and the incident's geo: URI. */
export const DispatchMessage = z
  .object({
    lang,
    text: z.string(),
    whatsappUrl: z.string().meta({ description: 'https://wa.me/?text= and the text, URI-encoded' }),
    geoUri: z.string().meta({ description: 'geo:LAT,LON of the incident' }),
  })
  .meta({ id: 'DispatchMessage' });
export type DispatchMessage = z.infer<typeof DispatchMessage>;
