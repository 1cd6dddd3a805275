// Angular strict templates with one subpath: $event is the element's own event.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'tend-widgets/i-statement';

@Component({
  selector: 'app-exercise',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <tend-i-statement emotion="anxious" persist="draft" [value]="draft" (tend-complete)="keep($event.detail.data.text)" (tend-change)="changed = $event.detail.data.need"></tend-i-statement>
    <p>{{ sentence }}</p>
    <tend-i-statement (tend-complete)="countMinutes($event.detail.completedAt)"></tend-i-statement>
  `,
})
export class ExerciseComponent {
  sentence = '';
  changed = '';
  draft = { emotion: 'hurt', situation: 'plans change last minute', reason: '', need: 'a call first', text: '' };

  keep(text: string): void {
    this.sentence = text;
  }

  countMinutes(minutes: number): void {
    this.sentence = `${minutes} minutes`;
  }
}
