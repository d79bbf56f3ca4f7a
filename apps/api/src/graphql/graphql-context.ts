import type { Request } from 'express';
import type { Loaders } from './loaders';

export interface GraphqlContext {
  req: Request;
  loaders: Loaders;
}
