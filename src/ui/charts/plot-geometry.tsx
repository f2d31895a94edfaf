/**
 * Where a recharts plot draws: its plot area and its scales, read inside the
 * chart by a probe that renders nothing, and kept in a cell the hover layer
 * (outside the chart) reads. The probe re-renders only when the area or the
 * scales change, not on every data update that leaves the axes as they were.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';

export interface PlotGeometry {
  area: { x: number; y: number; width: number; height: number } | undefined;
  /** Data value to pixel, in the chart's SVG coordinates. */
  x: ((v: number) => number | undefined) | undefined;
  y: ((v: number) => number | undefined) | undefined;
  /** Pixel to data value on the x-axis. */
  invertX: ((px: number) => unknown) | undefined;
}

const EMPTY: PlotGeometry = { area: undefined, x: undefined, y: undefined, invertX: undefined };

export class GeometryCell {
  private value: PlotGeometry = EMPTY;
  private readonly listeners = new Set<() => void>();
  readonly get = (): PlotGeometry => this.value;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(value: PlotGeometry): void {
    this.value = value;
    this.listeners.forEach((l) => l());
  }
}

export function useGeometry(cell: GeometryCell): PlotGeometry {
  return useSyncExternalStore(cell.subscribe, cell.get);
}

/** Rendered inside a recharts chart: copies its plot area and scales into `cell`. */
export function GeometryProbe({ cell }: { cell: GeometryCell }) {
  const area = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  const invertX = useXAxisInverseScale();
  useLayoutEffect(() => {
    cell.set({
      area,
      x: x as PlotGeometry['x'],
      y: y as PlotGeometry['y'],
      invertX: invertX as PlotGeometry['invertX'],
    });
  }, [cell, area, x, y, invertX]);
  return null;
}
