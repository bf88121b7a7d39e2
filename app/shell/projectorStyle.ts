/** The chunk that brings projector mode's stylesheet (projector.ts). */
import './projector.css';
