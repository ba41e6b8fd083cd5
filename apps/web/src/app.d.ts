import type { ErrorCode } from '$lib/errors';
import type { Lang } from '$lib/i18n';
import type { Me, MunicipalityBranding, SessionInfo } from '@stafett/domain';

declare global {
  namespace App {
    interface Error {
      /** For logs only; what a person reads comes from the translation files by `code`. */
      message: string;
      code?: ErrorCode;
      /** The municipality slug that was not found. */
      slug?: string;
    }
    interface Locals {
      /** The page's language: the `lang` cookie, else the municipality's written standard. */
      lang: Lang;
    }
    interface PageData {
      lang: Lang;
      /** On a municipality's pages: its public face and its accent colour as theme tokens. */
      municipality?: MunicipalityBranding & { themeStyle: string };
      /** On signed-in pages. */
      me?: Me;
      session?: SessionInfo;
    }
  }
}

export {};
