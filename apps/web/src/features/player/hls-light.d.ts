// hls.js ships no types for its "light" build (no alternate audio, in-playlist subtitles or DRM:
// this app needs none of them, captions are <track> elements). Same API as the full build.
declare module 'hls.js/light' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
