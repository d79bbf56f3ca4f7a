import type { Request, Response } from 'express';
import type { Loaders } from './loaders';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}
