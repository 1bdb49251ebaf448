/** Identifiers are lower-case words joined by hyphens: they become URL segments and never change. */
import { z } from 'astro/zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens, e.g. "waiting-lists"');
