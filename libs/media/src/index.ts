// Video probing, the HLS ladder and ffmpeg runs, shared by the API (upload checks) and the worker (transcoding).
export {};
