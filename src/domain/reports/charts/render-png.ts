/**
 * SVG → PNG with resvg (its binary comes from the npm registry as an optional dependency per platform), with the
 * Roboto font the project installs from npm (@expo-google-fonts/roboto) loaded explicitly and system fonts
 * left out, so every machine draws the same picture. Rendering runs off the main thread (renderAsync).
 */
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import { CHART_WIDTH } from "./bar-chart.js";

const require = createRequire(import.meta.url);

export const CHART_FONT_FILES = [
  require.resolve("@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf"),
  require.resolve("@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf"),
];

export async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: CHART_WIDTH },
    font: { loadSystemFonts: false, fontFiles: CHART_FONT_FILES, defaultFontFamily: "Roboto", sansSerifFamily: "Roboto" },
    background: "#ffffff",
    logLevel: "off",
  });
  return new Uint8Array(image.asPng());
}
