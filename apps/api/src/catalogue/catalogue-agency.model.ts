import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from './course.model';

@ObjectType('CatalogueAgency', { description: 'An agency that offers courses in the catalogue, for the agency filter' })
export class CatalogueAgencyModel {
  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => Int, { description: 'Its published courses (what `courses(filter: { agencyId })` lists without other filters)' })
  publishedCourseCount!: number;
}
