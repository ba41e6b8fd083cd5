import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * PDF/A requires every font embedded. Open Sans (SIL Open Font License) comes from the npm package
 * @expo-google-fonts/open-sans, TrueType files only, so a fresh CI machine or server needs no
 * system fonts; it covers æ, ø, å and the Sami letters used in names.
 */
export const ARCHIVE_FONTS = {
  regular: require.resolve('@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf'),
  italic:
    require.resolve('@expo-google-fonts/open-sans/400Regular_Italic/OpenSans_400Regular_Italic.ttf'),
} as const;
