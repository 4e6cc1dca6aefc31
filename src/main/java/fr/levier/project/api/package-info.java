/** REST API of projects. Internal to the module. */
package fr.levier.project.api;
