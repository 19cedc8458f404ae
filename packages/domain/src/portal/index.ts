export * from './complaint-types';
export * from './image-type';
export * from './public-texts';
